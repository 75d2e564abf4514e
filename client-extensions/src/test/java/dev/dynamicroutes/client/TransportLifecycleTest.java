package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.RequestNotSentException;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The client's life cycle and transport settings: close(), the shared or supplied HttpClient, the
 * proxy, what goes on the wire, settings refused at build(), interrupts, and connection failures
 * that name where and why. Prints a lifecycle table at the end.
 */
class TransportLifecycleTest {

    static final List<String> ROWS = new ArrayList<>();
    static final byte[] PAGE = TestBodies.page(1, 50, List.of("r1")).getBytes(StandardCharsets.UTF_8);

    static ScriptedServer okServer() throws IOException {
        return new ScriptedServer((n, out) -> ScriptedServer.respond(out, 200, PAGE, "Content-Type: application/json"));
    }

    static void row(String what, String outcome) {
        ROWS.add(String.format("%-58s -> %s", what, outcome));
    }

    @Test
    void closedClientRefusesCallsAndCloseIsIdempotent() throws IOException {
        try (ScriptedServer server = okServer()) {
            DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .build();
            assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            client.close();
            client.close();
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown)
                    .isExactlyInstanceOf(RequestNotSentException.class)
                    .hasMessageContaining("closed");
            assertThat(server.requests()).isEqualTo(1);
            row("call after close()", "DynamicRoutesException, nothing sent");
        }
    }

    @Test
    void clientsWithTheSameTransportSettingsShareOneHttpClient() throws IOException {
        try (ScriptedServer server = okServer()) {
            Duration unusual = Duration.ofMillis(7_777); // a configuration no other test uses
            DynamicRoutesClient first = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .connectTimeout(unusual)
                    .build();
            int withFirst = SharedHttpClients.size();
            DynamicRoutesClient second = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .connectTimeout(unusual)
                    .build();
            assertThat(SharedHttpClients.size()).isEqualTo(withFirst);
            first.close();
            assertThat(second.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            second.close();
            row("two clients, same settings", "one shared HttpClient; closing one leaves the other working");
        }
    }

    @Test
    void aSuppliedHttpClientIsUsedAndNeverClosed() throws Exception {
        try (ScriptedServer server = okServer()) {
            HttpClient own =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .httpClient(own)
                    .build()) {
                assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            }
            HttpResponse<String> stillWorks = own.send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stillWorks.statusCode()).isEqualTo(200);
            assertThat(server.requests()).isEqualTo(2);
            row("supplied HttpClient", "used; still usable after close()");
        }
    }

    @Test
    void aSuppliedHttpClientCannotBeCombinedWithTransportSettings() {
        HttpClient own = HttpClient.newHttpClient();
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken("t")
                        .httpClient(own)
                        .connectTimeout(Duration.ofSeconds(3))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken("t")
                        .httpClient(own)
                        .proxy(ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), 3128)))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy");
        row("httpClient(...) with connectTimeout/proxy/sslContext", "refused at build()");
    }

    @Test
    void thousandBuildCallCloseCyclesKeepThreadsAndFileDescriptorsBounded() throws IOException {
        try (ScriptedServer server = okServer()) {
            cycle(server); // warm up: the shared client, the body timer, class loading
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
            long fdsBefore = openFileDescriptors();
            for (int i = 0; i < 1_000; i++) {
                cycle(server);
            }
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            long fdsAfter = openFileDescriptors();
            row(
                    "1 000 build-call-close cycles (no System.gc())",
                    "threads " + threadsBefore + " -> " + threadsAfter + ", fds " + fdsBefore + " -> " + fdsAfter);
            // before the shared client: +1 000 selector threads and ~3 000 descriptors
            assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore + 10);
            if (fdsBefore >= 0) {
                assertThat(fdsAfter).isLessThanOrEqualTo(fdsBefore + 30);
            }
        }
    }

    @Test
    void onJava21AndLaterTheLastUserClosesTheSharedHttpClient() throws Exception {
        assumeTrue(
                Runtime.version().feature() >= 21,
                "HttpClient.close() exists from Java 21; on Java "
                        + Runtime.version().feature()
                        + " the shared client cannot be closed and stays idle for reuse (SharedHttpClients)");
        try (ScriptedServer server = okServer()) {
            Duration unusual = Duration.ofMillis(6_543); // a configuration no other test uses
            java.util.Set<String> before = selectorThreads();
            DynamicRoutesClient first = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .connectTimeout(unusual)
                    .build();
            DynamicRoutesClient second = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .connectTimeout(unusual)
                    .build();
            assertThat(first.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            assertThat(second.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            java.util.Set<String> shared = new java.util.HashSet<>(selectorThreads());
            shared.removeAll(before);
            // the two clients share one HttpClient: one selector thread of its own
            assertThat(shared).hasSize(1);
            int clients = SharedHttpClients.size();

            first.close();
            assertThat(selectorThreads()).containsAll(shared);
            assertThat(second.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);

            second.close();
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (selectorThreads().stream().anyMatch(shared::contains) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertThat(selectorThreads()).doesNotContainAnyElementsOf(shared);
            assertThat(SharedHttpClients.size()).isEqualTo(clients - 1);
            // the configuration is not spoiled: the next client gets a fresh HttpClient
            try (DynamicRoutesClient third = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .connectTimeout(unusual)
                    .build()) {
                assertThat(third.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
            }
            row("last close() on Java " + Runtime.version().feature(), "shared HttpClient closed, its thread gone");
        }
    }

    /** Names of the live selector threads of every java.net.http client ("HttpClient-N-SelectorManager"). */
    static java.util.Set<String> selectorThreads() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive()
                    && t.getName().startsWith("HttpClient-")
                    && t.getName().endsWith("-SelectorManager")) {
                names.add(t.getName());
            }
        }
        return names;
    }

    static void cycle(ScriptedServer server) {
        try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                .build()) {
            assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
        }
    }

    static long openFileDescriptors() {
        String[] fds = new File("/proc/self/fd").list();
        return fds == null ? -1 : fds.length;
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws IOException {
        // the "proxy" answers itself; the target host does not exist, so only the proxy can have answered
        try (RawHttpServer proxy = new RawHttpServer(TestBodies.page(1, 50, List.of("via-proxy")))) {
            int port = URI.create(proxy.baseUrl()).getPort();
            try (DynamicRoutesClient client = DynamicRoutesClient.builder()
                    .apiToken(TestClients.TOKEN)
                    .baseUrl("http://routes.example.invalid/client/v4")
                    .allowInsecureHttp(true)
                    .proxy(ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)))
                    .maxRetries(0)
                    .build()) {
                assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50)
                                .routes()
                                .get(0)
                                .id())
                        .isEqualTo("via-proxy");
            }
            assertThat(proxy.received).hasSize(1);
            assertThat(proxy.received.get(0).requestLine())
                    .startsWith("GET http://routes.example.invalid/client/v4/accounts/" + ACCOUNT);
            row("proxy(ProxySelector)", "request sent to the proxy in absolute form");
        }
    }

    @Test
    void aGetCarriesNoBodyHeadersAndAsksForCompressionOverHttp11() throws IOException {
        try (RawHttpServer raw = new RawHttpServer(TestBodies.page(1, 50, List.of("r1")))) {
            try (DynamicRoutesClient client = TestClients.builder(raw.baseUrl(), new TestClients.FakeTime())
                    .build()) {
                client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
            }
            try (DynamicRoutesClient client = TestClients.builder(raw.baseUrl(), new TestClients.FakeTime())
                    .compression(false)
                    .build()) {
                client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
            }
            RawHttpServer.Received compressed = raw.received.get(0);
            RawHttpServer.Received plain = raw.received.get(1);
            assertThat(compressed.requestLine()).endsWith(" HTTP/1.1");
            assertThat(compressed.headerLines())
                    .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("upgrade"))
                    .anyMatch(h -> h.equalsIgnoreCase("Accept-Encoding: gzip, deflate"));
            if (Runtime.version().feature() >= 19) {
                // Java 17's HTTP/1.1 layer adds "Content-Length: 0" to every bodiless request by itself
                // (JDK-8283544, fixed in 19); the transport never asks for it (see the test below)
                assertThat(compressed.headerLines())
                        .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("content-length"));
            }
            assertThat(plain.headerLines())
                    .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("accept-encoding"));
            row("GET on plain http", "HTTP/1.1, no Content-Length, no h2c Upgrade, Accept-Encoding: gzip, deflate");
        }
    }

    @Test
    void aGetIsBuiltWithoutABodyOrContentLength() throws IOException {
        // captures the HttpRequest the transport hands to java.net.http
        java.util.List<HttpRequest> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpClient recording = new RecordingHttpClient(sent);
        feign.Request request = feign.Request.create(
                feign.Request.HttpMethod.GET,
                "http://127.0.0.1:9/x",
                java.util.Map.of("Content-Length", List.of("0"), "Accept", List.of("application/json")),
                new byte[0],
                StandardCharsets.UTF_8,
                null);
        try {
            new HttpTransport(recording, true, ServerText.NO_SECRETS).execute(request, new feign.Request.Options());
        } catch (IOException expected) {
            // the recording client answers nothing
        }
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).method()).isEqualTo("GET");
        assertThat(sent.get(0).bodyPublisher()).isEmpty();
        assertThat(sent.get(0).headers().firstValue("Content-Length")).isEmpty();
        assertThat(sent.get(0).version()).contains(HttpClient.Version.HTTP_1_1);
        row("GET as built by the transport", "no body publisher, no Content-Length, HTTP/1.1 on http");
    }

    @Test
    void settingsThatWouldFailEveryCallAreRefusedAtBuildNamingTheSetting() throws IOException {
        assertThatThrownBy(() -> builder().baseUrl("https://127.0.0.1:70000").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl port");
        assertThatThrownBy(() -> builder().baseUrl("https://127.0.0.1:0").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl port");
        assertThatThrownBy(() -> builder().defaultHeader("X-Team", "a\u0001b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaultHeader(X-Team");
        assertThatThrownBy(() -> builder().defaultHeader("X-Team", "caf\u00e9 \u20ac"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside Latin-1");
        assertThatThrownBy(() -> builder().requestTimeout(Duration.ofDays(36_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requestTimeout");
        assertThatThrownBy(() -> builder().connectTimeout(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> builder().overallTimeout(Duration.ofDays(36_500)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overallTimeout");
        // an upper-case scheme is normalised, and the longest accepted timeouts work in a call
        try (ScriptedServer server = okServer();
                DynamicRoutesClient client = builder()
                        .baseUrl(server.baseUrl().replace("http://", "HTTP://") + "/client/v4")
                        .defaultHeader("X-Latin-1", "caf\u00e9")
                        .requestTimeout(Settings.MAX_TIMEOUT)
                        .overallTimeout(Settings.MAX_TIMEOUT)
                        .connectTimeout(Settings.MAX_TIMEOUT)
                        .build()) {
            assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
        }
        row("HTTP://, bad port, header value, huge timeout", "refused (or normalised) at build()");
    }

    static DynamicRoutesClient.Builder builder() {
        return DynamicRoutesClient.builder().apiToken("t").logLevel(LogLevel.NONE);
    }

    @Test
    void connectionFailuresNameHostPortCauseAndAttempts() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TestClients.FakeTime time = new TestClients.FakeTime();
        try (DynamicRoutesClient client =
                TestClients.builder("http://127.0.0.1:" + closedPort, time).build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
            assertThat(thrown.getMessage())
                    .contains("connection refused by 127.0.0.1:" + closedPort)
                    .contains("attempt 3");
        }
        try (DynamicRoutesClient client = DynamicRoutesClient.builder()
                .apiToken("t")
                .logLevel(LogLevel.NONE)
                .baseUrl("http://no-such-host.invalid/client/v4")
                .allowInsecureHttp(true)
                .maxRetries(0)
                .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
            assertThat(thrown.getMessage())
                    .contains("unknown host no-such-host.invalid")
                    .contains("attempt 1");
        }
        row("connection refused / unknown host", "ApiConnectionException naming host, port, cause, attempts");
    }

    @Test
    void anInterruptEndsACallBlockedOnHeadersOrOnACompressedBody() throws Exception {
        ScriptedServer.Script noHeaders = (n, out) -> Thread.sleep(60_000);
        ScriptedServer.Script stalledGzip = (n, out) -> {
            out.write(ScriptedServer.head(
                    200, "Content-Type: application/json", "Content-Encoding: gzip", "Content-Length: 500"));
            out.flush();
            Thread.sleep(60_000);
        };
        for (ScriptedServer.Script script : List.of(noHeaders, stalledGzip)) {
            try (ScriptedServer server = new ScriptedServer(script);
                    DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                            .requestTimeout(Duration.ofSeconds(60))
                            .build()) {
                AtomicReference<Throwable> thrown = new AtomicReference<>();
                AtomicReference<Boolean> flagAfter = new AtomicReference<>();
                Thread caller = new Thread(() -> {
                    try {
                        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
                    } catch (Throwable t) {
                        thrown.set(t);
                    }
                    flagAfter.set(Thread.currentThread().isInterrupted());
                });
                caller.start();
                while (server.requests() == 0) {
                    Thread.sleep(10);
                }
                Thread.sleep(200);
                long interruptedAt = System.nanoTime();
                caller.interrupt();
                caller.join(5_000);
                long tookMillis = (System.nanoTime() - interruptedAt) / 1_000_000;
                assertThat(caller.isAlive()).as("caller still blocked").isFalse();
                assertThat(tookMillis).isLessThan(2_000);
                assertThat(thrown.get())
                        .isExactlyInstanceOf(ApiConnectionException.class)
                        .hasMessageContaining("interrupted");
                assertThat(flagAfter.get()).as("interrupt flag restored").isTrue();
                assertThat(server.requests()).as("not retried").isEqualTo(1);
                row(
                        script == noHeaders ? "interrupt while waiting for headers" : "interrupt inside a gzip body",
                        "ApiConnectionException in " + tookMillis + " ms, flag set, no retry");
            }
        }
    }

    @AfterAll
    static void print() {
        System.out.println("lifecycle -> outcome");
        ROWS.forEach(System.out::println);
    }
}
