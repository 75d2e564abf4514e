package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The decisions of {@link HttpTransport} and {@link DeadlineClient}: how a failure is classified and
 * named, how a request is built (bodies, the caller's own {@code Accept-Encoding}), how the response's
 * {@code Content-Length} is handed to Feign, and how the overall deadline cuts an attempt's timeout.
 */
class HttpTransportDecisionsTest {

    private static final URI API = URI.create("http://api.example.invalid:8080/x");

    private static String described(IOException e) {
        IOException d = HttpTransport.describe(e, API, 1500, 2, ServerText.NO_SECRETS);
        return d.getClass().getSimpleName() + " | " + d.getMessage() + " | cause kept: " + (d.getCause() == e);
    }

    @Test
    void failuresAreClassifiedAndNamedWithHostPortAndAttempt() {
        Map<String, IOException> failures = new LinkedHashMap<>();
        failures.put("connect timeout", new HttpConnectTimeoutException("x"));
        failures.put("request timeout", new HttpTimeoutException("x"));
        failures.put("socket timeout", new SocketTimeoutException("Read timed out"));
        failures.put(
                "unknown host (deep cause)", new IOException("a", new IOException("b", new UnknownHostException("h"))));
        failures.put("unresolved address", (IOException)
                new ConnectException("c").initCause(new UnresolvedAddressException()));
        failures.put("refused", new ConnectException("Connection refused"));
        failures.put("tls", new SSLException("bad certificate"));
        failures.put("protocol", new ProtocolException("Invalid status line: junk"));
        failures.put("header too long", new IOException("Response header too long"));
        failures.put("header too large", new IOException("Headers too large"));
        failures.put("header exceeds", new IOException("header size exceeds the limit"));
        failures.put("too long, not a header", new IOException("body too long"));
        failures.put("header, no limit", new IOException("header missing"));
        failures.put("no message", new IOException());
        failures.put("other", new IOException("boom"));
        List<String> table = new ArrayList<>();
        failures.forEach((name, e) -> table.add(name + " -> " + described(e)));
        String at = "api.example.invalid:8080";
        assertThat(table)
                .containsExactly(
                        "connect timeout -> HttpConnectTimeoutException | could not connect to " + at
                                + " within the connect timeout (attempt 2) | cause kept: true",
                        "request timeout -> HttpTimeoutException | no response from " + at
                                + " within 1500 ms (attempt 2) | cause kept: true",
                        "socket timeout -> HttpTimeoutException | no response from " + at
                                + " within 1500 ms (attempt 2) | cause kept: true",
                        "unknown host (deep cause) -> ConnectException | unknown host api.example.invalid (attempt 2)"
                                + " | cause kept: true",
                        "unresolved address -> ConnectException | unknown host api.example.invalid (attempt 2)"
                                + " | cause kept: true",
                        "refused -> ConnectException | connection refused by " + at + " (attempt 2) | cause kept: true",
                        "tls -> SSLException | TLS with " + at
                                + " failed: bad certificate (attempt 2) | cause kept: true",
                        "protocol -> ResponseHeaderProblem | the response from " + at
                                + " could not be read: Invalid status line: junk (attempt 2) | cause kept: false",
                        "header too long -> ResponseHeaderProblem | the response from " + at
                                + " could not be read: Response header too long (attempt 2) | cause kept: false",
                        "header too large -> ResponseHeaderProblem | the response from " + at
                                + " could not be read: Headers too large (attempt 2) | cause kept: false",
                        "header exceeds -> ResponseHeaderProblem | the response from " + at
                                + " could not be read: header size exceeds the limit (attempt 2) | cause kept: false",
                        "too long, not a header -> IOException | I/O failure talking to " + at
                                + ": body too long (attempt 2) | cause kept: false",
                        "header, no limit -> IOException | I/O failure talking to " + at
                                + ": header missing (attempt 2) | cause kept: false",
                        "no message -> IOException | I/O failure talking to " + at
                                + ": IOException (attempt 2) | cause kept: false",
                        "other -> IOException | I/O failure talking to " + at
                                + ": boom (attempt 2) | cause kept: false");
    }

    @Test
    void hostPortNamesTheSchemesDefaultPortWhenTheUrlHasNone() {
        List<String> table = new ArrayList<>();
        for (String url : List.of(
                "https://h.test/x",
                "HTTPS://h.test/x",
                "http://h.test/x",
                "http://h.test:8080/x",
                "https://h.test:8443/x")) {
            table.add(url + " -> " + HttpTransport.hostPort(URI.create(url)));
        }
        assertThat(table)
                .containsExactly(
                        "https://h.test/x -> h.test:443",
                        "HTTPS://h.test/x -> h.test:443",
                        "http://h.test/x -> h.test:80",
                        "http://h.test:8080/x -> h.test:8080",
                        "https://h.test:8443/x -> h.test:8443");
    }

    // --- building the request ---

    private static HttpRequest built(
            Request.HttpMethod method, Map<String, Collection<String>> headers, byte @Nullable [] body) {
        List<HttpRequest> sent = new CopyOnWriteArrayList<>();
        Request request = Request.create(method, "http://127.0.0.1:9/x", headers, body, StandardCharsets.UTF_8, null);
        assertThatThrownBy(() -> new HttpTransport(new RecordingHttpClient(sent), true, ServerText.NO_SECRETS)
                        .execute(request, new Request.Options()))
                .isInstanceOf(ConnectException.class); // the recording client answers nothing
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    private static String describe(HttpRequest r) {
        return r.method() + " | body: "
                + r.bodyPublisher().map(p -> String.valueOf(p.contentLength())).orElse("none")
                + " | Accept-Encoding: " + r.headers().allValues("Accept-Encoding");
    }

    @Test
    void requestsAreBuiltWithTheirBodiesAndOneAcceptEncoding() {
        List<String> table = new ArrayList<>();
        table.add("GET, null body -> " + describe(built(Request.HttpMethod.GET, Map.of(), null)));
        table.add("GET, 2-byte body -> " + describe(built(Request.HttpMethod.GET, Map.of(), new byte[2])));
        table.add("POST, null body -> " + describe(built(Request.HttpMethod.POST, Map.of(), null)));
        table.add("POST, 3-byte body -> " + describe(built(Request.HttpMethod.POST, Map.of(), new byte[3])));
        table.add("GET, caller's identity -> "
                + describe(built(Request.HttpMethod.GET, Map.of("accept-encoding", List.of("identity")), null)));
        table.add("GET, caller's gzip -> "
                + describe(built(Request.HttpMethod.GET, Map.of("Accept-Encoding", List.of("gzip")), new byte[0])));
        assertThat(table)
                .containsExactly(
                        "GET, null body -> GET | body: none | Accept-Encoding: [gzip, deflate]",
                        "GET, 2-byte body -> GET | body: 2 | Accept-Encoding: [gzip, deflate]",
                        "POST, null body -> POST | body: 0 | Accept-Encoding: [gzip, deflate]",
                        "POST, 3-byte body -> POST | body: 3 | Accept-Encoding: [gzip, deflate]",
                        "GET, caller's identity -> GET | body: none | Accept-Encoding: [identity]",
                        "GET, caller's gzip -> GET | body: none | Accept-Encoding: [gzip]");
    }

    @Test
    void anInterruptedCallerStartsNoRequest() throws IOException {
        try (ScriptedServer server = new ScriptedServer((n, out) -> ScriptedServer.respond(out, 200, new byte[0]))) {
            Request request = Request.create(
                    Request.HttpMethod.GET, server.baseUrl() + "/x", Map.of(), null, StandardCharsets.UTF_8, null);
            HttpTransport transport = new HttpTransport(http(), false, ServerText.NO_SECRETS);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> transport.execute(request, new Request.Options()))
                        .isInstanceOf(CallInterruptedException.class)
                        .hasMessage("the calling thread was interrupted while starting the request");
            } finally {
                Thread.interrupted();
            }
            // the transport still works, and the interrupted call never reached the server
            try (Response ok = transport.execute(request, new Request.Options())) {
                assertThat(ok.status()).isEqualTo(200);
            }
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    // --- the response handed to Feign ---

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void theDeclaredLengthIsPassedOnOnlyWhenItIsTheLengthFeignReads() throws IOException {
        byte[] plain = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        byte[] zipped = gzip(plain);
        // each request number gets one answer; a huge declared length is only a header: the body is
        // closed unread
        List<String> names = List.of(
                "no Content-Length",
                "Content-Length: 0",
                "Content-Length: 11",
                "Content-Length: 2147483647",
                "Content-Length: 2147483648",
                "gzip, Content-Length of the compressed bytes",
                "identity coding, Content-Length: 11");
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
            switch (n) {
                case 1 -> {
                    out.write(ScriptedServer.head(200));
                    out.write(plain);
                }
                case 2 -> ScriptedServer.respond(out, 200, new byte[0]);
                case 3 -> ScriptedServer.respond(out, 200, plain);
                case 4 -> out.write(ScriptedServer.head(200, "Content-Length: 2147483647"));
                case 5 -> out.write(ScriptedServer.head(200, "Content-Length: 2147483648"));
                case 6 -> ScriptedServer.respond(out, 200, zipped, "Content-Encoding: gzip");
                default -> ScriptedServer.respond(out, 200, plain, "Content-Encoding: identity");
            }
            out.flush();
        })) {
            HttpTransport transport = new HttpTransport(http(), true, ServerText.NO_SECRETS);
            List<String> table = new ArrayList<>();
            for (String name : names) {
                Request request = Request.create(
                        Request.HttpMethod.GET, server.baseUrl() + "/x", Map.of(), null, StandardCharsets.UTF_8, null);
                try (Response response = transport.execute(
                        request, new Request.Options(5, TimeUnit.SECONDS, 5, TimeUnit.SECONDS, true))) {
                    String content = name.contains("214748364")
                            ? "(not read)"
                            : new String(response.body().asInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    table.add(name + " -> length " + response.body().length() + ", body " + content);
                }
            }
            assertThat(table)
                    .containsExactly(
                            "no Content-Length -> length null, body {\"ok\":true}",
                            "Content-Length: 0 -> length 0, body ",
                            "Content-Length: 11 -> length 11, body {\"ok\":true}",
                            "Content-Length: 2147483647 -> length 2147483647, body (not read)",
                            "Content-Length: 2147483648 -> length null, body (not read)",
                            "gzip, Content-Length of the compressed bytes -> length null, body {\"ok\":true}",
                            "identity coding, Content-Length: 11 -> length 11, body {\"ok\":true}");
        }
    }

    // --- the overall deadline ---

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** The read timeout the transport was given, or the failure, for a call whose deadline is {@code deadline}. */
    private static String attempt(ScriptedServer server, @Nullable Instant deadline) {
        List<Request.Options> given = new CopyOnWriteArrayList<>();
        HttpTransport transport = new HttpTransport(http(), false, ServerText.NO_SECRETS);
        DeadlineClient client = new DeadlineClient(
                (request, options) -> {
                    given.add(options);
                    return transport.execute(request, options);
                },
                Clock.fixed(NOW, ZoneOffset.UTC));
        Request request = Request.create(
                Request.HttpMethod.GET, server.baseUrl() + "/x", Map.of(), null, StandardCharsets.UTF_8, null);
        Request.Options options = new Request.Options(3, TimeUnit.SECONDS, 10, TimeUnit.SECONDS, false);
        java.util.function.Supplier<String> call = () -> {
            try (Response response = client.execute(request, options)) {
                Request.Options o = given.get(0);
                return response.status() + ", read timeout "
                        + o.readTimeoutUnit().toMillis(o.readTimeout())
                        + " ms, connect " + o.connectTimeoutUnit().toMillis(o.connectTimeout()) + " ms, redirects "
                        + o.isFollowRedirects();
            } catch (IOException e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage() + ", attempts started " + given.size();
            }
        };
        return deadline == null ? call.get() : CallDeadline.runWithin(deadline, call);
    }

    @Test
    void theOverallDeadlineCutsAnAttemptsTimeoutAndStopsAttemptsOnceItHasPassed() throws IOException {
        try (ScriptedServer server = new ScriptedServer((n, out) -> ScriptedServer.respond(out, 200, new byte[0]))) {
            List<String> table = new ArrayList<>();
            table.add("no deadline -> " + attempt(server, null));
            table.add("30 s left -> " + attempt(server, NOW.plusSeconds(30)));
            table.add("10 s left -> " + attempt(server, NOW.plusSeconds(10)));
            table.add("250 ms left -> " + attempt(server, NOW.plusMillis(250)));
            table.add("0 ms left -> " + attempt(server, NOW));
            table.add("passed 1 ms ago -> " + attempt(server, NOW.minusMillis(1)));
            String passed = "HttpTimeoutException: the overall deadline of the call has passed, attempts started 0";
            assertThat(table)
                    .containsExactly(
                            "no deadline -> 200, read timeout 10000 ms, connect 3000 ms, redirects false",
                            "30 s left -> 200, read timeout 10000 ms, connect 3000 ms, redirects false",
                            "10 s left -> 200, read timeout 10000 ms, connect 3000 ms, redirects false",
                            "250 ms left -> 200, read timeout 250 ms, connect 3000 ms, redirects false",
                            "0 ms left -> " + passed,
                            "passed 1 ms ago -> " + passed);
            assertThat(server.requests()).isEqualTo(4);
        }
    }

    @Test
    void closingTheTransportReleasesItsLeaseOfTheSharedClientOnce() {
        // a connect timeout no other test uses, so that this transport is the shared client's only user
        java.time.Duration connect = java.time.Duration.ofMillis(95_013);
        Transport transport = new Transport(
                new TransportSettings(connect, null, null, null, true, Clock.systemUTC()), ServerText.NO_SECRETS);
        transport.close();
        transport.close();
        // released once, by the first close: one more release is one too many
        assertThatThrownBy(() -> SharedHttpClients.release(new SharedHttpClients.Config(connect, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("released more often than acquired");
    }
}
