package dev.dynamicroutes.client;

import java.util.Locale;

/**
 * Which headers a user may set, by default or per call: the one place this is decided. Auth headers
 * come only from the credentials, {@code User-Agent} always names this library, {@code Host} is the
 * transport's.
 */
final class HeaderRules {

    private HeaderRules() {}

    /**
     * @param setting the builder method setting it, named in the error (e.g. {@code defaultHeader})
     * @return the name in lower case
     * @throws IllegalArgumentException naming the header when it may not be set or is malformed
     */
    static String check(String setting, String name, String value) {
        if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
            throw new IllegalArgumentException("not a valid header name: " + name);
        }
        if (Credentials.isAuthHeader(name)) {
            throw new IllegalArgumentException(name + " cannot be set as a header: use apiToken(...) or apiKey(...)");
        }
        if (name.equalsIgnoreCase("User-Agent") || name.equalsIgnoreCase("Host")) {
            throw new IllegalArgumentException(name + " cannot be set as a header");
        }
        Settings.headerValue(setting, name, value);
        return name.toLowerCase(Locale.ROOT);
    }
}
