package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.ScriptedServer.head;
import static dev.dynamicroutes.client.ScriptedServer.respond;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.pagination.RoutesPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transport faults the WireMock matrix ({@link FaultMatrixTest}) cannot script: compressed bodies
 * stalled, dripped, truncated, corrupt or not compressed at all; statuses outside HTTP's range; a
 * past {@code Retry-After} date; huge server texts. Each row runs against a {@link ScriptedServer}
 * (plain HTTP/1.1, every byte scripted) with 2 retries and, for the stalls, a 1 s request timeout; waits are
 * recorded, not slept. The expected table below is the specification: outcome and the number of
 * requests the server saw; every call must also end within its deadline (stalls: three request
 * timeouts plus slack).
 */
class TransportFaultMatrixTest {

    // Generous for loopback: java.net.http's request timeout also covers connecting and sending, and an
    // attempt cut before its request reached the server would be one the server never counts.
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    static final String EXPECTED = """
            GZIP_BODY                       | success                    | 1
            DEFLATE_BODY                    | success                    | 1
            RAW_DEFLATE_BODY                | success                    | 1
            CODING_TOKENS_MIXED_CASE        | success                    | 1
            GZIP_STALLED_AFTER_HEADERS      | ApiTimeoutException        | 3
            GZIP_HEADER_DRIPPED             | ApiTimeoutException        | 3
            DEFLATE_STALLED_AFTER_HEADERS   | ApiTimeoutException        | 3
            DEFLATE_DRIPPED                 | ApiTimeoutException        | 3
            GZIP_TRUNCATED                  | InvalidResponseException   | 1
            GZIP_CORRUPT                    | InvalidResponseException   | 1
            DEFLATE_TRUNCATED               | InvalidResponseException   | 1
            DEFLATE_CORRUPT                 | InvalidResponseException   | 1
            GZIP_ANNOUNCED_ON_PLAIN_BODY    | InvalidResponseException   | 1
            UNSUPPORTED_CODING_BR           | InvalidResponseException   | 1
            GZIP_ERROR_BODY_503             | ServerException            | 3
            HEADERS_NEVER_SENT              | ApiTimeoutException        | 3
            STATUS_999                      | ApiResponseException       | 1
            STATUS_999_ASKING_FOR_RETRY     | ApiResponseException       | 1
            RETRY_AFTER_PAST_DATE_THEN_OK   | success                    | 2
            CF_RAY_300_KB                   | ServerException            | 3
            ERROR_MESSAGE_300_KB            | BadRequestException        | 1
            HEADERS_OVER_1_MB               | InvalidResponseException   | 1
            RESET_INSIDE_ROUTES_3           | ApiConnectionException     | 3
            CLOSED_INSIDE_ROUTES_3          | ApiConnectionException     | 3
            STALLED_INSIDE_ROUTES_3         | ApiTimeoutException        | 3
            GZIP_RESET_INSIDE_ROUTES_3      | ApiConnectionException     | 3
            ERROR_BODY_CUT_THEN_WHOLE       | NotFoundException          | 2
            ERROR_BODY_ALWAYS_CUT           | ApiConnectionException     | 3
            """;

    static final Map<String, String> ACTUAL = new TreeMap<>();
    static final Map<String, String> TIMINGS = new LinkedHashMap<>();

    static final byte[] PAGE = TestBodies.page(1, 50, List.of("r1")).getBytes(StandardCharsets.UTF_8);
    static final byte[] GZIP_PAGE = gzip(PAGE);
    static final byte[] DEFLATE_PAGE = deflate(PAGE, false);
    static final byte[] RAW_DEFLATE_PAGE = deflate(PAGE, true);
    /** Five routes; the body is cut inside the fourth ({@code routes[3]}), where Jackson is binding a route. */
    static final byte[] FIVE_ROUTES =
            TestBodies.page(1, 50, TestBodies.ids(0, 5)).getBytes(StandardCharsets.UTF_8);

    static final int INSIDE_ROUTES_3 = insideRoute(FIVE_ROUTES, "r3");
    static final byte[] NOT_FOUND =
            TestBodies.cloudflareError(7003, "No route for that URI").getBytes(StandardCharsets.UTF_8);

    enum Row {
        GZIP_BODY((n, out) -> ok(out, GZIP_PAGE, "gzip")),
        DEFLATE_BODY((n, out) -> ok(out, DEFLATE_PAGE, "deflate")),
        RAW_DEFLATE_BODY((n, out) -> ok(out, RAW_DEFLATE_PAGE, "deflate")),
        CODING_TOKENS_MIXED_CASE((n, out) -> ok(out, GZIP_PAGE, " identity ,GZip ")),
        GZIP_STALLED_AFTER_HEADERS((n, out) -> stall(out, GZIP_PAGE.length, "gzip", 0)),
        // the gzip header itself arrives a byte every 200 ms: the decoder must not read it outside the deadline
        GZIP_HEADER_DRIPPED((n, out) -> drip(out, GZIP_PAGE, "gzip")),
        DEFLATE_STALLED_AFTER_HEADERS((n, out) -> stall(out, DEFLATE_PAGE.length, "deflate", 2)),
        DEFLATE_DRIPPED((n, out) -> drip(out, DEFLATE_PAGE, "deflate")),
        GZIP_TRUNCATED((n, out) -> ok(out, Arrays.copyOf(GZIP_PAGE, GZIP_PAGE.length / 2), "gzip")),
        GZIP_CORRUPT((n, out) -> ok(out, corrupt(GZIP_PAGE, 12), "gzip")),
        DEFLATE_TRUNCATED((n, out) -> ok(out, Arrays.copyOf(DEFLATE_PAGE, DEFLATE_PAGE.length / 2), "deflate")),
        DEFLATE_CORRUPT((n, out) -> ok(out, corrupt(DEFLATE_PAGE, 4), "deflate")),
        GZIP_ANNOUNCED_ON_PLAIN_BODY((n, out) -> ok(out, PAGE, "gzip")),
        UNSUPPORTED_CODING_BR((n, out) -> ok(out, PAGE, "br")),
        GZIP_ERROR_BODY_503((n, out) -> respond(
                out,
                503,
                gzip(TestBodies.cloudflareError(503, "compressed error").getBytes(StandardCharsets.UTF_8)),
                "Content-Type: application/json",
                "Content-Encoding: gzip")),
        HEADERS_NEVER_SENT((n, out) -> Thread.sleep(REQUEST_TIMEOUT.toMillis() * 20)),
        STATUS_999((n, out) -> respond(
                out,
                999,
                TestBodies.cloudflareError(999, "odd").getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json")),
        STATUS_999_ASKING_FOR_RETRY((n, out) -> respond(
                out,
                999,
                TestBodies.cloudflareError(999, "odd").getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json",
                "x-should-retry: true")),
        RETRY_AFTER_PAST_DATE_THEN_OK((n, out) -> {
            if (n == 1) {
                String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        java.time.Instant.parse("2020-01-01T00:00:00Z").atOffset(ZoneOffset.UTC));
                respond(
                        out,
                        429,
                        TestBodies.cloudflareError(971, "slow").getBytes(StandardCharsets.UTF_8),
                        "Retry-After: " + past);
            } else {
                respond(out, 200, PAGE, "Content-Type: application/json");
            }
        }),
        CF_RAY_300_KB((n, out) -> respond(
                out,
                500,
                TestBodies.cloudflareError(500, "x").getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json",
                "cf-ray: " + "7".repeat(300 * 1024))),
        ERROR_MESSAGE_300_KB((n, out) -> respond(
                out,
                400,
                TestBodies.cloudflareError(400, "m".repeat(300 * 1024)).getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json")),
        HEADERS_OVER_1_MB((n, out) ->
                respond(out, 200, PAGE, "Content-Type: application/json", "X-Big: " + "b".repeat(1024 * 1024))),
        // the connection breaks while Jackson binds routes[3]: a connection failure, retried, never "unexpected JSON"
        RESET_INSIDE_ROUTES_3((n, out) -> partThen(out, FIVE_ROUTES, null, true)),
        CLOSED_INSIDE_ROUTES_3((n, out) -> partThen(out, FIVE_ROUTES, null, false)),
        STALLED_INSIDE_ROUTES_3((n, out) -> {
            partThen(out, FIVE_ROUTES, null, null);
            Thread.sleep(REQUEST_TIMEOUT.toMillis() * 20);
        }),
        GZIP_RESET_INSIDE_ROUTES_3((n, out) -> partThen(out, gzip(FIVE_ROUTES), "gzip", true)),
        // a 404 whose error body breaks off: never a NotFoundException with an empty errors list
        ERROR_BODY_CUT_THEN_WHOLE((n, out) -> {
            if (n == 1) {
                errorBodyCut(out);
            } else {
                respond(out, 404, NOT_FOUND, "Content-Type: application/json");
            }
        }),
        ERROR_BODY_ALWAYS_CUT((n, out) -> errorBodyCut(out));

        @SuppressWarnings("ImmutableEnumChecker") // each constant's script is a stateless lambda
        final ScriptedServer.Script script;

        Row(ScriptedServer.Script script) {
            this.script = script;
        }

        boolean stalls() {
            return name().contains("STALLED") || name().contains("DRIPPED") || this == HEADERS_NEVER_SENT;
        }

        /** Rows whose connection breaks in the body: three attempts, each ended by the break, not by a timeout. */
        boolean breaksInBody() {
            return name().contains("INSIDE_ROUTES_3") && !stalls();
        }
    }

    @ParameterizedTest
    @EnumSource(Row.class)
    void rowMatchesTheExpectedTable(Row row) throws Exception {
        TestClients.FakeTime time = new TestClients.FakeTime();
        try (ScriptedServer server = new ScriptedServer(row.script);
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                        // only the stalls need the short timeout; elsewhere a slow machine must not time out
                        .requestTimeout(row.stalls() ? REQUEST_TIMEOUT : Duration.ofSeconds(20))
                        .overallTimeout(Duration.ofSeconds(20))
                        .build()) {
            long start = System.nanoTime();
            Object outcome;
            try {
                outcome = client.listRoutes(ACCOUNT, GATEWAY, 1, 50);
            } catch (RuntimeException e) {
                outcome = e;
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            String described = outcome instanceof Throwable t ? t.getClass().getSimpleName() : "success";
            int expectedRequests = Integer.parseInt(TransportTables.expectedLine(EXPECTED, row.name())
                    .split("\\|", -1)[2]
                    .strip());
            int seen = TestClients.awaitRequests(server::requests, expectedRequests);
            ACTUAL.put(row.name(), String.format("%-31s | %-26s | %d", row, described, seen));
            TIMINGS.put(row.name(), elapsed.toMillis() + " ms, waits " + time.waits);

            assertThat(ACTUAL.get(row.name())).isEqualTo(TransportTables.expectedLine(EXPECTED, row.name()));
            if (row.breaksInBody()) {
                // a broken connection is noticed at once: nowhere near one request timeout per attempt
                assertThat(elapsed).isLessThan(Duration.ofSeconds(5));
            }
            if (row == Row.CLOSED_INSIDE_ROUTES_3) {
                // an orderly close always delivers the part first (a reset may, on a loaded machine, overtake it)
                assertThat(((Throwable) outcome).getMessage()).contains("while reading the body");
            }
            if (row.stalls()) {
                // three attempts, each cut at the request timeout
                assertThat(elapsed).isLessThan(REQUEST_TIMEOUT.multipliedBy(3).plusSeconds(3));
            }
            if (outcome instanceof RoutesPage page) {
                assertThat(page.routes()).hasSize(1);
            } else {
                Throwable e = (Throwable) outcome;
                assertThat(e.getMessage()).as("message length").hasSizeLessThan(3_000);
                assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
            }
            switch (row) {
                case GZIP_ANNOUNCED_ON_PLAIN_BODY ->
                    assertThat(((Throwable) outcome).getMessage()).contains("announced Content-Encoding: gzip");
                case UNSUPPORTED_CODING_BR ->
                    assertThat(((Throwable) outcome).getMessage()).contains("Content-Encoding 'br'");
                case GZIP_ERROR_BODY_503 ->
                    assertThat(((ApiResponseException) outcome).errors())
                            .extracting(Object::toString)
                            .anyMatch(s -> s.contains("compressed error"));
                case RETRY_AFTER_PAST_DATE_THEN_OK -> assertThat(time.waits).containsExactly(Duration.ZERO);
                case CF_RAY_300_KB ->
                    assertThat(((ApiResponseException) outcome).cfRay().orElseThrow())
                            .hasSizeLessThanOrEqualTo(Exchanges.MAX_CF_RAY_CHARS + 3);
                case ERROR_BODY_CUT_THEN_WHOLE ->
                    assertThat(((ApiResponseException) outcome).errors())
                            .extracting(Object::toString)
                            .containsExactly("7003: No route for that URI");
                case ERROR_BODY_ALWAYS_CUT ->
                    assertThat(((Throwable) outcome).getMessage()).contains("while reading the body");
                case STATUS_999 ->
                    assertThat(((ApiResponseException) outcome).statusCode()).isEqualTo(999);
                default -> {}
            }
        }
    }

    @AfterAll
    static void printMatrix() {
        System.out.println("transport fault -> outcome -> requests the server saw (time, waits)");
        ACTUAL.forEach((row, line) -> System.out.println(line + "   (" + TIMINGS.get(row) + ")"));
    }

    // --- answers ---

    static void ok(OutputStream out, byte[] body, String coding) throws IOException {
        respond(out, 200, body, "Content-Type: application/json", "Content-Encoding: " + coding);
    }

    /** Headers announcing {@code length} bytes, then {@code sent} bytes, then nothing until the client leaves. */
    static void stall(OutputStream out, int length, String coding, int sent) throws IOException, InterruptedException {
        out.write(head(
                200, "Content-Type: application/json", "Content-Encoding: " + coding, "Content-Length: " + length));
        out.write(new byte[sent]);
        out.flush();
        Thread.sleep(REQUEST_TIMEOUT.toMillis() * 20);
    }

    static void drip(OutputStream out, byte[] body, String coding) throws IOException, InterruptedException {
        out.write(head(
                200,
                "Content-Type: application/json",
                "Content-Encoding: " + coding,
                "Content-Length: " + body.length));
        out.flush();
        for (byte b : body) {
            Thread.sleep(200);
            out.write(b);
            out.flush();
        }
    }

    /**
     * Headers announcing all of {@code body} (so the client knows when it is cut short), its bytes up
     * to routes[3] (for gzip: that text compressed with a sync flush, so all of it decodes), then a
     * reset ({@code reset} true), an orderly close (false), or nothing more ({@code null}: the caller
     * stalls).
     */
    static void partThen(OutputStream out, byte[] body, @Nullable String coding, @Nullable Boolean reset)
            throws IOException {
        byte[] upToRoute3 = Arrays.copyOf(FIVE_ROUTES, INSIDE_ROUTES_3);
        List<String> headers = new java.util.ArrayList<>(List.of("Content-Type: application/json"));
        if (coding != null) {
            headers.add("Content-Encoding: " + coding);
        }
        headers.add("Content-Length: " + body.length);
        out.write(head(200, headers.toArray(String[]::new)));
        out.write(coding == null ? upToRoute3 : gzipFlushed(upToRoute3));
        out.flush();
        if (Boolean.TRUE.equals(reset)) {
            try {
                Thread.sleep(200); // let the client read (and start parsing) the part before the reset
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new ScriptedServer.Reset();
        }
    }

    /** A 404 announcing its whole error body, sending half of it, then closing. */
    static void errorBodyCut(OutputStream out) throws IOException {
        out.write(head(404, "Content-Type: application/json", "Content-Length: " + NOT_FOUND.length));
        out.write(Arrays.copyOf(NOT_FOUND, NOT_FOUND.length / 2));
    }

    /** Where routes[3]'s {@code elements} start: inside the route object, mid-binding. */
    static int insideRoute(byte[] page, String id) {
        String text = new String(page, StandardCharsets.UTF_8);
        int route = text.indexOf("{\"id\":\"" + id + "\"");
        return text.indexOf("\"elements\"", route) + 5;
    }

    /** The start of a gzip stream, flushed so that every byte given decodes, with no trailer. */
    static byte[] gzipFlushed(byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            GZIPOutputStream out = new GZIPOutputStream(bytes, 512, true);
            out.write(data);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] corrupt(byte[] data, int from) {
        byte[] copy = data.clone();
        for (int i = from; i < copy.length - 8; i++) {
            copy[i] = (byte) (copy[i] ^ 0x5a);
        }
        return copy;
    }

    static byte[] gzip(byte[] data) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
                out.write(data);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] deflate(byte[] data, boolean raw) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
            try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
                out.write(data);
            }
            deflater.end();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
