package dev.dynamicroutes.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This library's version, from a resource the build fills in. */
final class LibraryVersion {

    static final String VALUE = load();

    private LibraryVersion() {}

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String userAgent() {
        return "dynamic-routes-client-java/" + VALUE + " (Java " + System.getProperty("java.version") + ")";
    }
}
