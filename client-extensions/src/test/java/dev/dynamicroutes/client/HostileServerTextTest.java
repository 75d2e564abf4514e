package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.InvalidResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server (or a proxy in front of it) that echoes the credentials and sends control characters back:
 * nothing of the secret and no raw control character may reach an exception's message, its errors,
 * excerpt or cf-ray, the retry log, or the FULL exchange log. And a gzip bomb at FULL logging is
 * read no further than the parser's limits allow.
 */
@Tag("logging")
class HostileServerTextTest {

    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    String logs() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    static List<String> texts(Throwable e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.getMessage());
        if (e instanceof ApiResponseException api) {
            texts.add(api.errors().toString());
            texts.add(api.bodyExcerpt());
            texts.add(api.cfRay().orElse(""));
        }
        return texts;
    }

    @Test
    void echoedCredentialsNeverReachMessagesErrorsExcerptsOrLogs() throws IOException {
        String jsonEscaped = TOKEN.replace("/", "\\/");
        String percent = URLEncoder.encode("Bearer " + TOKEN, StandardCharsets.UTF_8);
        // first answer: a retryable 503 echoing the token everywhere; second: a 400 whose long HTML body
        // has the token where the excerpt would cut it
        byte[] echo503 = ("{\"success\":false,\"errors\":[{\"code\":1,\"message\":\"bad header Authorization: Bearer "
                        + jsonEscaped + "\"}],\"echo\":\"" + percent + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        String html = "<html>" + "p".repeat(Exchanges.EXCERPT_CHARS - 12) + "Bearer " + TOKEN + "</html>";
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
                    if (n == 1) {
                        ScriptedServer.respond(
                                out,
                                503,
                                echo503,
                                "Content-Type: application/json",
                                "cf-ray: " + TOKEN + "-SJC",
                                "X-Echo: Bearer " + TOKEN);
                    } else {
                        ScriptedServer.respond(
                                out,
                                400,
                                html.getBytes(StandardCharsets.UTF_8),
                                "Content-Type: text/html",
                                "cf-ray: ray-" + TOKEN);
                    }
                });
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .logLevel(LogLevel.FULL)
                        .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));

            assertThat(thrown).isInstanceOf(ApiResponseException.class);
            assertThat(server.requests()).isEqualTo(2);
            String logs = logs();
            assertThat(logs)
                    .contains("retry 1 of 2")
                    .containsIgnoringCase("x-echo: Bearer")
                    .contains("<--- END HTTP");
            for (String text : texts(thrown)) {
                assertThat(text)
                        .doesNotContain(TOKEN)
                        .doesNotContain(TOKEN.substring(0, 8))
                        .doesNotContain("\u001b");
            }
            assertThat(logs).doesNotContain(TOKEN).doesNotContain(percent);
            assertThat(((ApiResponseException) thrown).cfRay().orElseThrow()).contains(ServerText.REDACTED);
        }
        // a header java.net.http itself refuses (a control character in it): its message quotes the line
        try (ScriptedServer server = new ScriptedServer(
                        (n, out) -> ScriptedServer.respond(out, 200, new byte[0], "cf-ray: ray\u001b[2J-" + TOKEN));
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            assertThat(thrown).isInstanceOf(InvalidResponseException.class);
            assertThat(server.requests()).as("a response problem, not retried").isEqualTo(1);
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                assertThat(t.getMessage()).doesNotContain(TOKEN).doesNotContain("\u001b");
            }
        }
    }

    @Test
    void controlCharactersInServerTextAreNeutralisedInMessages() throws IOException {
        byte[] body = "{\"success\":false,\"errors\":[{\"code\":7,\"message\":\"line\\nforged\\u001b[31m\\u202eexe\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        try (ScriptedServer server = new ScriptedServer(
                        (n, out) -> ScriptedServer.respond(out, 404, body, "Content-Type: application/json"));
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            for (String text : texts(thrown)) {
                assertThat(text).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
            }
            assertThat(thrown.getMessage()).contains("line forged [31m exe");
        }
    }

    @Test
    void aGzipBombAtFullLoggingIsCutByTheParserLimitsNotReadIntoMemory() throws IOException {
        // 1 GiB of JSON whitespace inside an object, compressed to about 1 MB: 64 gzip members of 16 MiB
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(gzipMember("{\"success\":true,".getBytes(StandardCharsets.US_ASCII)));
        byte[] spaces = gzipMember(" ".repeat(16 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 64; i++) {
            bomb.write(spaces);
        }
        bomb.write(gzipMember("\"data\":{\"routes\":[]}}".getBytes(StandardCharsets.US_ASCII)));
        byte[] compressed = bomb.toByteArray();
        assertThat(compressed.length).isLessThan(2 * 1024 * 1024);
        Runtime runtime = Runtime.getRuntime();
        try (ScriptedServer server = new ScriptedServer((n, out) -> ScriptedServer.respond(
                        out, 200, compressed, "Content-Type: application/json", "Content-Encoding: gzip"));
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .logLevel(LogLevel.FULL)
                        .requestTimeout(Duration.ofSeconds(60))
                        .build()) {
            long start = System.nanoTime();
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            long millis = (System.nanoTime() - start) / 1_000_000;
            // the document limit (256 MB) ends it; nothing buffered the body on the way
            assertThat(thrown).isExactlyInstanceOf(InvalidResponseException.class);
            assertThat(thrown.getMessage()).containsIgnoringCase("document length");
            assertThat(logs().length()).isLessThan(64 * 1024);
            System.out.println("gzip bomb at FULL: " + thrown.getClass().getSimpleName() + " in " + millis
                    + " ms, max heap " + runtime.maxMemory() / (1024 * 1024) + " MiB");
        }
    }

    static byte[] gzipMember(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
