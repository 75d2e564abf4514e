package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.error.ApiConnectionException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A failure Feign reports itself rather than through our decoder: a 200 that is not JSON, whose body
 * breaks off while the client reads its start for the message. Feign wraps the read failure; the
 * call still ends in a typed {@link ApiConnectionException} naming the request as it was sent, path,
 * query in the order sent and page.
 */
class FailureOutsideTheDecoderTest {

    @Test
    void aNonJsonBodyBreakingOffIsAConnectionFailureNamingTheRequestAsSent() throws Exception {
        // the headers promise 1000 bytes; 6 arrive, then the connection closes
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
                    out.write(ScriptedServer.head(200, "Content-Type: text/html", "Content-Length: 1000"));
                    out.write("<html>".getBytes(StandardCharsets.UTF_8));
                });
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .maxRetries(0)
                        .build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(
                    ACCOUNT,
                    GATEWAY,
                    2,
                    10,
                    RequestOptions.builder().queryParameter("q", "a b").build()));

            assertThat(thrown).isInstanceOf(ApiConnectionException.class);
            ApiConnectionException e = (ApiConnectionException) thrown;
            assertThat(e.request().method()).isEqualTo("GET");
            assertThat(e.request().path()).isEqualTo(ROUTES_PATH + "?page=2&per_page=10&q=a%20b");
            assertThat(e.request().page()).isEqualTo(OptionalInt.of(2));
            assertThat(server.requests()).isEqualTo(1);
        }
    }
}
