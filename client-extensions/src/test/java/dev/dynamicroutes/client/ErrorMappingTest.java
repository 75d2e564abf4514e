package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.element.RouteDecodeException;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiError;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.AuthenticationException;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.ConflictException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.PermissionDeniedException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.error.UnprocessableEntityException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every status and every kind of bad body maps to its typed exception, with what it must carry. */
class ErrorMappingTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    DynamicRoutesClient client() {
        return TestClients.builder(server.baseUrl(), time).maxRetries(0).build();
    }

    void serve(ResponseDefinitionBuilder response) {
        server.stubFor(
                get(urlPathEqualTo(ROUTES_PATH)).willReturn(response.withHeader("cf-ray", "7a7a7a7a7a7a7a7a-SJC")));
    }

    Throwable call() {
        return catchThrowable(() -> client().listRoutes(ACCOUNT, GATEWAY, 3, 50));
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionDeniedException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(429, RateLimitException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(502, ServerException.class),
                Arguments.of(503, ServerException.class),
                Arguments.of(504, ServerException.class),
                Arguments.of(405, ApiResponseException.class),
                Arguments.of(418, ApiResponseException.class));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void statusMapsToTypedExceptionCarryingEverything(int status, Class<?> type) {
        serve(aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.cloudflareError(10000 + status, "problem " + status)));

        Throwable thrown = call();

        assertThat(thrown).isExactlyInstanceOf(type);
        ApiResponseException e = (ApiResponseException) thrown;
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.errors()).containsExactly(ApiError.of(10000 + status, "problem " + status));
        assertThat(e.cfRay()).contains("7a7a7a7a7a7a7a7a-SJC");
        assertThat(e.request().method()).isEqualTo("GET");
        assertThat(e.request().path()).isEqualTo(ROUTES_PATH + "?page=3&per_page=50");
        assertThat(e.request().page()).hasValue(3);
        assertThat(e.bodyExcerpt()).contains("problem " + status);
        assertThat(e.getMessage())
                .contains("HTTP " + status)
                .contains("page 3")
                .contains("7a7a7a7a7a7a7a7a-SJC")
                .contains((10000 + status) + ": problem " + status);
    }

    @Test
    void badRequestOfThisOperationHasErrorsWithoutCodes() {
        serve(aResponse()
                .withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":false,\"errors\":[{\"message\":\"Invalid per_page\"}],\"result\":{}}"));

        BadRequestException e = (BadRequestException) call();

        assertThat(e.errors()).containsExactly(ApiError.of(null, "Invalid per_page"));
    }

    @Test
    void rateLimitCarriesTheParsedRetryAfter() {
        serve(aResponse()
                .withStatus(429)
                .withHeader("Retry-After", "17")
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.cloudflareError(971, "Please wait and consider throttling your request speed")));

        RateLimitException e = (RateLimitException) call();

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(17));
        assertThat(e.errors())
                .extracting(ApiError::message)
                .containsExactly("Please wait and consider throttling your request speed");
    }

    @Test
    void successFalseOn200IsAnError() {
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.cloudflareError(7003, "Could not route to /accounts")));

        Throwable thrown = call();

        assertThat(thrown).isExactlyInstanceOf(ApiResponseException.class);
        ApiResponseException e = (ApiResponseException) thrown;
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.errors()).containsExactly(ApiError.of(7003, "Could not route to /accounts"));
        assertThat(e.getMessage()).contains("\"success\": false");
    }

    @Test
    void htmlErrorPageFromTheEdgeIsAServerExceptionWithAnExcerpt() {
        serve(
                aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html; charset=UTF-8")
                        .withBody(
                                "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"));

        ServerException e = (ServerException) call();

        assertThat(e.errors()).isEmpty();
        assertThat(e.bodyExcerpt()).startsWith("<!DOCTYPE html> <html>").contains("502 Bad Gateway");
        assertThat(e.getMessage()).contains("HTTP 502").contains("502 Bad Gateway");
    }

    @Test
    void emptyErrorBodyStillGivesTheStatusType() {
        serve(aResponse().withStatus(503));

        ServerException e = (ServerException) call();

        assertThat(e.bodyExcerpt()).isEmpty();
        assertThat(e.errors()).isEmpty();
    }

    @Test
    void emptySuccessBodyIsInvalid() {
        serve(aResponse().withStatus(200).withHeader("Content-Type", "application/json"));

        InvalidResponseException e = (InvalidResponseException) call();

        assertThat(e.getMessage()).contains("empty body");
        assertThat(e.cfRay()).contains("7a7a7a7a7a7a7a7a-SJC");
    }

    @Test
    void htmlOn200IsInvalidNotAJacksonError() {
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html>maintenance</html>"));

        InvalidResponseException e = (InvalidResponseException) call();

        assertThat(e.getMessage()).contains("not JSON").contains("text/html");
        assertThat(e.bodyExcerpt()).isEqualTo("<html>maintenance</html>");
    }

    @Test
    void truncatedJsonIsInvalidWithThePathReached() {
        String body = TestBodies.page(1, 50, List.of("r1", "r2"));
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body.substring(0, body.indexOf("\"route-r2\""))));

        InvalidResponseException e = (InvalidResponseException) call();

        assertThat(e.getMessage()).contains("malformed JSON");
        assertThat(e.jsonPath()).contains("$.data.routes[1].name");
    }

    static Stream<Arguments> wrongTypes() {
        String ok = TestBodies.page(1, 50, List.of("r1"));
        return Stream.of(
                Arguments.of(ok.replace("\"routes\":[", "\"routes\":\"none\",\"x\":["), "$.data.routes"),
                Arguments.of(ok.replace("\"page\":1", "\"page\":\"first\""), "$.data.page"),
                Arguments.of(
                        ok.replace("\"created_at\":\"2025-03-04T10:15:30.123Z\"", "\"created_at\":\"yesterday\""),
                        "$.data.routes[0].created_at"),
                Arguments.of(ok.replace("\"success\":true", "\"success\":\"yes\""), "$.success"),
                Arguments.of(ok.replace("\"data\":{", "\"data\":[{").replace("]}}", "]}]}"), "$.data"),
                Arguments.of("[1,2,3]", "$"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("wrongTypes")
    void wrongJsonTypesAreInvalidWithTheirPath(String body, String path) {
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body));

        Throwable thrown = call();

        assertThat(thrown).isExactlyInstanceOf(InvalidResponseException.class);
        assertThat(((InvalidResponseException) thrown).jsonPath()).contains(path);
        assertThat(thrown.getMessage()).contains(path);
    }

    @Test
    void undecodableRouteIsInvalidWithCfRayAndTheRouteDecodeExceptionAsCause() {
        String body =
                TestBodies.page(1, 50, List.of("r1", "r2")).replaceFirst("(\"route-r2\".*?)\"type\":\"start\",", "$1");
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body));

        InvalidResponseException e = (InvalidResponseException) call();

        assertThat(e.getCause())
                .isInstanceOfSatisfying(
                        RouteDecodeException.class,
                        cause -> assertThat(cause.routeId()).contains("r2"));
        assertThat(e.cfRay()).contains("7a7a7a7a7a7a7a7a-SJC");
        assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("$.data.routes[1].elements[0]"));
        assertThat(e.request().page()).hasValue(3);
    }

    @Test
    void nullRouteAndRouteWithoutIdAreInvalidWithTheirPath() {
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.page(1, 50, List.of("r1")).replace("\"routes\":[", "\"routes\":[null,")));

        InvalidResponseException nullRoute = (InvalidResponseException) call();

        assertThat(nullRoute.jsonPath()).contains("$.data.routes[0]");
        assertThat(nullRoute.getCause()).isInstanceOf(RouteDecodeException.class);

        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.page(1, 50, List.of("r1", "r2")).replace("\"id\":\"r2\",", "")));

        InvalidResponseException noId = (InvalidResponseException) call();

        assertThat(noId.jsonPath()).contains("$.data.routes[1].id");
        assertThat(noId.getMessage()).contains("routes[1]");
    }

    @Test
    void trailingContentAfterTheJsonIsInvalid() {
        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.page(1, 50, List.of("r1")) + " {\"success\":false}"));

        assertThat(call()).isExactlyInstanceOf(InvalidResponseException.class);
    }

    @Test
    void jsonWithoutContentTypeOrWithAJsonSubtypeIsAccepted() {
        serve(aResponse().withStatus(200).withBody(TestBodies.page(1, 50, List.of("r1"))));
        assertThat(client().listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);

        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/vnd.api+json; charset=utf-8")
                .withBody(TestBodies.page(1, 50, List.of("r1"))));
        assertThat(client().listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
    }

    @Test
    void bodyExcerptIsBounded() {
        serve(aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "text/plain")
                .withBody("x".repeat(200_000)));

        ServerException e = (ServerException) call();

        assertThat(e.bodyExcerpt().length()).isLessThanOrEqualTo(Exchanges.EXCERPT_CHARS + 3);
        assertThat(e.getMessage()).hasSizeLessThan(2_000);

        serve(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\":true,\"data\":{\"routes\":[\"" + "y".repeat(200_000)));

        InvalidResponseException invalid = (InvalidResponseException) call();

        assertThat(invalid.bodyExcerpt()).startsWith("{\"success\":true").endsWith("...");
        assertThat(invalid.bodyExcerpt().length()).isLessThanOrEqualTo(Exchanges.EXCERPT_CHARS + 3);
        assertThat(invalid.getMessage()).hasSizeLessThan(2_000);
    }

    @Test
    void redirectIsNotFollowed() {
        server.stubFor(get(urlPathEqualTo("/elsewhere"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        serve(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/elsewhere"));

        ApiResponseException e = (ApiResponseException) call();

        assertThat(e.statusCode()).isEqualTo(302);
        assertThat(e.getMessage()).contains("redirect not followed");
        server.verify(0, getRequestedFor(urlPathEqualTo("/elsewhere")));
    }

    @Test
    void connectionRefusedIsAConnectionException() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DynamicRoutesClient client = TestClients.builder("http://127.0.0.1:" + closedPort, time)
                .maxRetries(0)
                .build();

        Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 4, 10));

        assertThat(thrown).isExactlyInstanceOf(ApiConnectionException.class);
        ApiConnectionException e = (ApiConnectionException) thrown;
        assertThat(e.request().page()).hasValue(4);
        assertThat(e.request().path()).isEqualTo(ROUTES_PATH + "?page=4&per_page=10");
        assertThat(e.getMessage()).contains("GET").contains("page 4").contains("connection failed");
    }

    @Test
    void slowResponseIsATimeoutException() {
        serve(aResponse()
                .withStatus(200)
                .withFixedDelay(5_000)
                .withHeader("Content-Type", "application/json")
                .withBody(TestBodies.page(1, 50, List.of())));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .maxRetries(0)
                // long enough for the request to reach the server on a loaded machine: the timeout
                // also covers connecting and sending
                .requestTimeout(Duration.ofSeconds(1))
                .build();

        Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));

        assertThat(thrown).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(thrown.getMessage()).contains("timed out");
        assertThat(TestClients.awaitRequests(
                        () -> server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH)))
                                .size(),
                        1))
                .isEqualTo(1);
    }
}
