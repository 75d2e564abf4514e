package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Walks 100 000 routes (2 000 pages of 50) in a child JVM limited to a 64 MB heap. Holding all the
 * typed routes would need several times that, so finishing proves only the current page is kept.
 * The server is a loopback JDK HttpServer that generates each page on request (a stub server with
 * 2 000 canned pages would itself be the memory problem).
 */
class LargeWalkMemoryTest {

    static final int TOTAL = 100_000;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void walksOneHundredThousandRoutesInA64MegabyteHeap() throws Exception {
        // without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK and every request waits ~40 ms; read once, when the JDK server classes initialise
        System.setProperty("sun.net.httpserver.nodelay", "true");
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            int page = 1;
            int perPage = 50;
            String query = exchange.getRequestURI().getRawQuery();
            for (String pair : query == null ? new String[0] : query.split("&")) {
                if (pair.startsWith("page=")) {
                    page = Integer.parseInt(pair.substring(5));
                } else if (pair.startsWith("per_page=")) {
                    perPage = Integer.parseInt(pair.substring(9));
                }
            }
            int from = Math.min(TOTAL, (page - 1) * perPage);
            int to = Math.min(TOTAL, page * perPage);
            byte[] body =
                    TestBodies.page(page, perPage, TestBodies.ids(from, to)).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4";
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Path output = Files.createTempFile("large-walk", ".txt");
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx64m",
                            "-XX:+ExitOnOutOfMemoryError",
                            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                            "-cp",
                            classpath,
                            LargeWalkMain.class.getName(),
                            baseUrl)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            boolean finished = child.waitFor(4, TimeUnit.MINUTES);
            if (!finished) {
                child.destroyForcibly();
            }
            String printed = Files.readString(output);
            Files.deleteIfExists(output);

            assertThat(finished).as("child finished; output: %s", printed).isTrue();
            assertThat(child.exitValue()).as("child exit; output: %s", printed).isZero();
            assertThat(printed).contains("walked=" + TOTAL + " maxHeapMiB=");
            assertThat(requests.get()).isEqualTo(TOTAL / 50 + 1);
        } finally {
            server.stop(0);
        }
    }
}
