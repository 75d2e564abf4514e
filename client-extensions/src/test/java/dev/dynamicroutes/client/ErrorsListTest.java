package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Cloudflare {@code errors} list an exception carries, read from every shape a server may send
 * (an error status or a 200 with {@code "success": false}): a code only when it is a JSON integer
 * that fits an {@code int}, a message as text (a non-text message as its JSON, a missing one empty),
 * at most {@value Exchanges#MAX_ERRORS} errors, each message cleaned and bounded; and which request
 * and page the exception names.
 */
class ErrorsListTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    @Test
    void everyShapeOfTheErrorsListGivesItsExpectedErrors() {
        List<String> bodies = List.of(
                "[{\"code\":1000,\"message\":\"m\"}]",
                "[{\"code\":-7,\"message\":\"negative\"}]",
                "[{\"code\":\"1000\",\"message\":\"code as text\"}]",
                "[{\"code\":1.5,\"message\":\"fraction\"}]",
                "[{\"code\":1.0,\"message\":\"integral but a decimal\"}]",
                "[{\"code\":12345678901,\"message\":\"too big\"}]",
                "[{\"code\":7,\"message\":{\"a\":1}}]",
                "[{\"code\":7,\"message\":null}]",
                "[{\"code\":7}]",
                "[\"just text\"]",
                "{\"code\":7,\"message\":\"not a list\"}",
                "null",
                "[]",
                "[{\"message\":\"line\\nbreak \\u001b[31m\"}]");
        List<String> table = new ArrayList<>();
        for (String errors : bodies) {
            table.add(errors + " -> " + errorsFrom("{\"success\":false,\"errors\":" + errors + "}", 400));
        }

        assertThat(table)
                .containsExactly(
                        "[{\"code\":1000,\"message\":\"m\"}] -> [<1000: m>]",
                        "[{\"code\":-7,\"message\":\"negative\"}] -> [<-7: negative>]",
                        "[{\"code\":\"1000\",\"message\":\"code as text\"}] -> [<code as text>]",
                        "[{\"code\":1.5,\"message\":\"fraction\"}] -> [<fraction>]",
                        "[{\"code\":1.0,\"message\":\"integral but a decimal\"}] -> [<integral but a decimal>]",
                        "[{\"code\":12345678901,\"message\":\"too big\"}] -> [<too big>]",
                        "[{\"code\":7,\"message\":{\"a\":1}}] -> [<7: {\"a\":1}>]",
                        "[{\"code\":7,\"message\":null}] -> [<7: null>]",
                        "[{\"code\":7}] -> [<7: >]",
                        "[\"just text\"] -> [<>]",
                        "{\"code\":7,\"message\":\"not a list\"} -> []",
                        "null -> []",
                        "[] -> []",
                        "[{\"message\":\"line\\nbreak \\u001b[31m\"}] -> [<line break  [31m>]");
    }

    @Test
    void aSuccessFalseOn200ReadsTheSameList() {
        assertThat(errorsFrom("{\"success\":false,\"errors\":[{\"code\":1.5,\"message\":\"x\"},{\"code\":9}]}", 200))
                .isEqualTo("[<x>, <9: >]");
    }

    @Test
    void atMostTenErrorsAreKeptEachMessageBounded() {
        for (int count : List.of(10, 11)) {
            StringBuilder errors = new StringBuilder("[");
            for (int i = 1; i <= count; i++) {
                errors.append(i > 1 ? "," : "")
                        .append("{\"code\":")
                        .append(i)
                        .append(",\"message\":\"e")
                        .append(i);
                errors.append("\"}");
            }
            errors.append("]");
            assertThat(errorsFrom("{\"success\":false,\"errors\":" + errors + "}", 400))
                    .as("%d errors", count)
                    .isEqualTo(
                            "[<1: e1>, <2: e2>, <3: e3>, <4: e4>, <5: e5>, <6: e6>, <7: e7>, <8: e8>, <9: e9>, <10: e10>]");
        }
        String limit = "x".repeat(Exchanges.MAX_ERROR_MESSAGE_CHARS);
        assertThat(errorsFrom("{\"success\":false,\"errors\":[{\"message\":\"" + limit + "\"}]}", 400))
                .isEqualTo("[<" + limit + ">]");
        assertThat(errorsFrom("{\"success\":false,\"errors\":[{\"message\":\"" + limit + "y\"}]}", 400))
                .isEqualTo("[<" + limit + "...>]");
    }

    @Test
    void theExceptionNamesTheRequestPathAndPage() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse().withStatus(404).withBody("{}").withHeader("Content-Type", "application/json")));
        List<String> table = new ArrayList<>();
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).maxRetries(0).build()) {
            table.add(described(() -> client.listRoutes(ACCOUNT, GATEWAY)));
            table.add(described(() -> client.listRoutes(ACCOUNT, GATEWAY, 4, 20)));
            table.add(described(() -> client.listRoutes(
                    ACCOUNT,
                    GATEWAY,
                    RequestOptions.builder()
                            .queryParameter("xpage", "9")
                            .queryParameter("q", "a b")
                            .build())));
            table.add(described(() -> client.listRoutes(
                    ACCOUNT,
                    GATEWAY,
                    2,
                    5,
                    RequestOptions.builder().queryParameter("pages", "7").build())));
        }

        assertThat(table)
                .containsExactly(
                        "GET " + ROUTES_PATH + " page -",
                        "GET " + ROUTES_PATH + "?page=4&per_page=20 page 4",
                        "GET " + ROUTES_PATH + "?xpage=9&q=a%20b page -",
                        "GET " + ROUTES_PATH + "?page=2&per_page=5&pages=7 page 2");
    }

    private String described(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(ApiResponseException.class);
        ApiResponseException e = (ApiResponseException) thrown;
        return e.request().method() + " " + e.request().path() + " page "
                + (e.request().page().isPresent()
                        ? String.valueOf(e.request().page().getAsInt())
                        : "-");
    }

    private String errorsFrom(String body, int status) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).maxRetries(0).build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
            Function<Throwable, String> errors = t -> t instanceof ApiResponseException e
                    ? e.errors().stream()
                            .map(error -> "<" + error + ">")
                            .toList()
                            .toString()
                    : "not an ApiResponseException: " + t;
            return errors.apply(thrown);
        }
    }
}
