package dev.dynamicroutes.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.jspecify.annotations.Nullable;

/**
 * A certificate for {@code 127.0.0.1}, generated once per test run with the JDK's {@code keytool}
 * (subject alternative name {@code IP:127.0.0.1}), for TLS loopback servers; and an
 * {@link SSLContext} that trusts exactly that certificate. Hostname verification stays on, so a
 * client that reaches the server as {@code localhost} is refused.
 */
final class LoopbackTls {

    static final String PASSWORD = "loopback-tls";

    /** Created on first use by {@link #keyStore()}. */
    private static @Nullable Path keyStore;

    private LoopbackTls() {}

    /** The PKCS#12 key store holding the server's key and certificate. */
    static synchronized Path keyStore() {
        if (keyStore == null) {
            try {
                Path dir = Files.createTempDirectory("loopback-tls");
                Path file = dir.resolve("server.p12");
                Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
                Process process = new ProcessBuilder(List.of(
                                keytool.toString(),
                                "-genkeypair",
                                "-alias",
                                "server",
                                "-keyalg",
                                "EC",
                                "-groupname",
                                "secp256r1",
                                "-dname",
                                "CN=127.0.0.1",
                                "-ext",
                                "SAN=IP:127.0.0.1",
                                "-validity",
                                "2",
                                "-storetype",
                                "PKCS12",
                                "-keystore",
                                file.toString(),
                                "-storepass",
                                PASSWORD,
                                "-keypass",
                                PASSWORD))
                        .redirectErrorStream(true)
                        .start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                keyStore = file;
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("cannot create the loopback certificate", e);
            }
        }
        return keyStore;
    }

    /** Trusts the loopback certificate and nothing else. */
    static SSLContext clientContext() {
        try (InputStream in = Files.newInputStream(keyStore())) {
            KeyStore server = KeyStore.getInstance("PKCS12");
            server.load(in, PASSWORD.toCharArray());
            Certificate certificate = server.getCertificate("server");
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("loopback", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
