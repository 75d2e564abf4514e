package dev.dynamicroutes.contract.consumer;

import static dev.dynamicroutes.contract.ContractNames.ACCOUNT_ID;
import static dev.dynamicroutes.contract.ContractNames.CONSUMER;
import static dev.dynamicroutes.contract.ContractNames.GATEWAY_ID;
import static dev.dynamicroutes.contract.ContractNames.PROVIDER;
import static dev.dynamicroutes.contract.ContractNames.STATE_GATEWAY_UNKNOWN;
import static dev.dynamicroutes.contract.ContractNames.STATE_MANY_ROUTES;
import static dev.dynamicroutes.contract.ContractNames.STATE_PARAM_TOTAL_ROUTES;
import static dev.dynamicroutes.contract.ContractNames.STATE_PER_PAGE_REJECTED;
import static dev.dynamicroutes.contract.ContractNames.STATE_RATE_LIMITED;
import static dev.dynamicroutes.contract.ContractNames.STATE_ROUTE_WITHOUT_OPTIONAL_FIELDS;
import static dev.dynamicroutes.contract.ContractNames.STATE_ROUTE_WITH_ALL_ELEMENT_TYPES;
import static dev.dynamicroutes.contract.ContractNames.STATE_TOKEN_REJECTED;
import static dev.dynamicroutes.contract.ContractNames.UNKNOWN_GATEWAY_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.ConditionalElement;
import dev.dynamicroutes.element.EndElement;
import dev.dynamicroutes.element.ModelElement;
import dev.dynamicroutes.element.PercentageElement;
import dev.dynamicroutes.element.RateElement;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.RouteVersion;
import dev.dynamicroutes.element.StartElement;
import dev.dynamicroutes.error.ApiError;
import dev.dynamicroutes.error.AuthenticationException;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer side of the contract between this client ({@code dynamic-routes-java-client}) and
 * Cloudflare's AI Gateway ({@code cloudflare-ai-gateway}). Every interaction is exercised through
 * {@link DynamicRoutesClient}, never raw HTTP, and each test asserts what the client returned (or
 * the typed exception it raised). Pact writes {@code target/pacts/<consumer>-<provider>.json}.
 *
 * <p>All interactions live in this one class on purpose: with {@code pact.writer.overwrite=true}
 * every test class rewrites the pact file, so a second class would erase the first one's interactions.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = PROVIDER, pactVersion = PactSpecVersion.V4)
class ListRoutesConsumerPactTest {

    private static final String ROUTES_PATH =
            "/accounts/" + ACCOUNT_ID + "/ai-gateway/gateways/" + GATEWAY_ID + "/routes";
    private static final String UNKNOWN_GATEWAY_PATH =
            "/accounts/" + ACCOUNT_ID + "/ai-gateway/gateways/" + UNKNOWN_GATEWAY_ID + "/routes";

    // Test credentials. The contract pins the header shapes (regex), never these values.
    private static final String TOKEN = "contract-test-token-3f9a";
    private static final String EMAIL = "ops@example.com";
    private static final String API_KEY = "c2547eb745079dac9320b638f5e225cf483cc";
    private static final String BEARER = "Bearer [A-Za-z0-9._~+/=-]+";
    private static final String JSON = "application/json(;.*)?";

    // ---- list, bearer token, first page, all six element kinds -----------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact firstPageWithAllElementKinds(PactDslWithProvider builder) {
        return withBearer(builder.given(STATE_ROUTE_WITH_ALL_ELEMENT_TYPES)
                        .uponReceiving(
                                "a bearer-token request for the first page of routes, whose elements cover all six types")
                        .method("GET")
                        .path(ROUTES_PATH)
                        .query("page=1&per_page=20"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(LambdaDsl.newJsonBody(body -> body.booleanValue("success", true)
                                .object("data", data -> {
                                    RouteShapes.pageFields(data, 1, 20);
                                    data.minArrayLike("routes", 1, route -> {
                                        RouteShapes.routeFields(route, "01JC9Z4V9X6QK7QK3X9N3W2F8E");
                                        RouteShapes.deploymentWithComment(route);
                                        RouteShapes.versionWithOptionalFields(route, "true");
                                        RouteShapes.allSixElementKinds(route);
                                    });
                                }))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "firstPageWithAllElementKinds")
    void decodesEveryElementKindOfTheFirstPage(MockServer server) {
        RoutesPage page = bearerClient(server).listRoutes(ACCOUNT_ID, GATEWAY_ID, 1, 20);

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(20);
        assertThat(page.orderBy()).contains("created_at");
        assertThat(page.orderByDirection()).contains("desc");
        assertThat(page.routes()).hasSize(1);
        Route route = page.routes().get(0);
        assertThat(route.id()).isEqualTo("01JC9Z4V9X6QK7QK3X9N3W2F8E");
        assertThat(route.gatewayId()).isEqualTo("54442216");
        assertThat(route.createdAt()).isEqualTo(OffsetDateTime.parse("2025-03-04T10:15:30.123Z"));
        assertThat(route.deployment().comment()).contains("Canary for the premium tier");
        assertThat(route.version().active()).isTrue();
        assertThat(route.version().validity()).isEqualTo(RouteVersion.Validity.VALID);
        assertThat(route.version().comment()).isEmpty(); // null on the wire

        Map<String, RouteElement> byType =
                route.elements().stream().collect(Collectors.toMap(RouteElement::type, e -> e));
        assertThat(byType).containsOnlyKeys("start", "conditional", "percentage", "rate", "model", "end");

        assertThat(byType.get("start"))
                .isInstanceOfSatisfying(
                        StartElement.class, e -> assertThat(e.next()).isEqualTo("is-premium"));
        assertThat(byType.get("conditional")).isInstanceOfSatisfying(ConditionalElement.class, e -> {
            assertThat(e.onTrue()).isEqualTo("premium-limit");
            assertThat(e.onFalse()).isEqualTo("split");
        });
        assertThat(byType.get("percentage"))
                .isInstanceOfSatisfying(
                        PercentageElement.class,
                        e -> assertThat(e.outputs()).containsExactly(Map.entry("canary", "claude")));
        assertThat(byType.get("rate")).isInstanceOfSatisfying(RateElement.class, e -> {
            assertThat(e.key()).isEqualTo("metadata.user_id");
            assertThat(e.limit()).isEqualByComparingTo(BigDecimal.valueOf(1000));
            assertThat(e.limitType()).isEqualTo("count");
            assertThat(e.window()).isEqualByComparingTo(BigDecimal.valueOf(3600));
            assertThat(e.success()).isEqualTo("end");
            assertThat(e.fallback()).isEqualTo("claude");
        });
        assertThat(byType.get("model")).isInstanceOfSatisfying(ModelElement.class, e -> {
            assertThat(e.provider()).isEqualTo("openai");
            assertThat(e.model()).isEqualTo("gpt-4o-mini");
            assertThat(e.retries()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(e.timeout()).isEqualByComparingTo(BigDecimal.valueOf(30000));
        });
        assertThat(byType.get("end"))
                .isInstanceOfSatisfying(
                        EndElement.class, e -> assertThat(e.outputs()).containsExactly(Map.entry("done", "start")));
    }

    // ---- list, legacy email + global API key, optional fields absent -----------------------------

    @Pact(consumer = CONSUMER)
    V4Pact legacyKeyWithoutOptionalFields(PactDslWithProvider builder) {
        return builder.given(STATE_ROUTE_WITHOUT_OPTIONAL_FIELDS)
                .uponReceiving(
                        "a request authenticated with X-Auth-Email and X-Auth-Key, for routes without the optional fields")
                .method("GET")
                .path(ROUTES_PATH)
                .matchHeader("X-Auth-Email", "[^@\\s]+@[^@\\s]+", EMAIL)
                .matchHeader("X-Auth-Key", "\\S+", API_KEY)
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(LambdaDsl.newJsonBody(body -> body.booleanValue("success", true)
                                .object("data", data -> {
                                    RouteShapes.pageFields(data, 1, 20);
                                    data.minArrayLike("routes", 1, route -> {
                                        RouteShapes.routeFields(route, "01JC9Z4V9X6QK7QK3X9N3W2F8F");
                                        RouteShapes.deploymentWithoutComment(route);
                                        // "false" as the example: the client must read the string, not a JSON boolean
                                        RouteShapes.versionWithoutOptionalFields(route, "false");
                                        RouteShapes.startElement(route);
                                    });
                                }))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "legacyKeyWithoutOptionalFields")
    void readsTheStringActiveFlagAndTheAbsentOptionalFields(MockServer server) {
        DynamicRoutesClient client = clientFor(server).apiKey(EMAIL, API_KEY).build();

        RoutesPage page = client.listRoutes(ACCOUNT_ID, GATEWAY_ID);

        Route route = page.routes().get(0);
        assertThat(route.version().active()).isFalse();
        assertThat(route.version().validity()).isEqualTo(RouteVersion.Validity.NOT_REPORTED);
        assertThat(route.version().comment()).isEmpty();
        assertThat(route.deployment().comment()).isEmpty();
        assertThat(route.elements())
                .singleElement()
                .isInstanceOfSatisfying(
                        StartElement.class, e -> assertThat(e.next()).isEqualTo("is-premium"));
    }

    // ---- pagination: pages 1 and 2 full, page 3 short ----------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact threePagesOfTwo(PactDslWithProvider builder) {
        Map<String, Object> fiveRoutes = Map.of(STATE_PARAM_TOTAL_ROUTES, 5);
        var state = builder.given(STATE_MANY_ROUTES, fiveRoutes);
        var firstPage = withBearer(
                        state.uponReceiving("a request for page 1 of routes, 2 per page, of a gateway with 5 routes")
                                .method("GET")
                                .path(ROUTES_PATH)
                                .query("page=1&per_page=2"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(pageOfRoutes(1, 2, 2, "route-page-1"));
        var middlePage = withBearer(firstPage
                        .given(STATE_MANY_ROUTES, fiveRoutes)
                        .uponReceiving(
                                "a request for page 2 of routes, 2 per page, of a gateway with 5 routes (a middle page)")
                        .method("GET")
                        .path(ROUTES_PATH)
                        .query("page=2&per_page=2"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(pageOfRoutes(2, 2, 2, "route-page-2"));
        return withBearer(middlePage
                        .given(STATE_MANY_ROUTES, fiveRoutes)
                        .uponReceiving(
                                "a request for page 3 of routes, 2 per page, of a gateway with 5 routes (a short last page)")
                        .method("GET")
                        .path(ROUTES_PATH)
                        .query("page=3&per_page=2"))
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(pageOfRoutes(3, 2, 1, "route-page-3"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "threePagesOfTwo")
    void thePaginatorWalksFullPagesAndStopsAfterTheShortLastPage(MockServer server) {
        var paginator = bearerClient(server)
                .listRoutesPaginator(
                        ACCOUNT_ID,
                        GATEWAY_ID,
                        PaginationOptions.builder().pageSize(2).build());

        List<RoutesPage> pages = paginator.stream().toList();

        assertThat(pages).extracting(RoutesPage::page).containsExactly(1, 2, 3);
        assertThat(pages).extracting(p -> p.routes().size()).containsExactly(2, 2, 1);
        assertThat(pages.get(1).perPage()).isEqualTo(2);
        assertThat(paginator.routes().stream().map(Route::id).toList())
                .containsExactly("route-page-1", "route-page-1", "route-page-2", "route-page-2", "route-page-3");
    }

    // ---- errors ----------------------------------------------------------------------------------

    @Pact(consumer = CONSUMER)
    V4Pact perPageRejected(PactDslWithProvider builder) {
        return withBearer(builder.given(STATE_PER_PAGE_REJECTED)
                        .uponReceiving("a request with a per_page value the API rejects")
                        .method("GET")
                        .path(ROUTES_PATH)
                        .query("page=1&per_page=1000"))
                .willRespondWith()
                .status(400)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(LambdaDsl.newJsonBody(body -> body.booleanValue("success", false)
                                // this operation's own 400 body: errors carry a message and no code
                                .minArrayLike("errors", 1, error -> error.stringType("message", "Invalid per_page")))
                        .build())
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "perPageRejected")
    void a400BecomesABadRequestExceptionWithTheOperationsErrorBody(MockServer server) {
        DynamicRoutesClient client = bearerClient(server);

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT_ID, GATEWAY_ID, 1, 1000))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.errors()).extracting(ApiError::message).containsExactly("Invalid per_page");
                    assertThat(e.errors()).extracting(ApiError::code).containsExactly(OptionalInt.empty());
                });
    }

    @Pact(consumer = CONSUMER)
    V4Pact tokenRejected(PactDslWithProvider builder) {
        return withBearer(builder.given(STATE_TOKEN_REJECTED)
                        .uponReceiving("a request with a bearer token the API does not accept")
                        .method("GET")
                        .path(ROUTES_PATH))
                .willRespondWith()
                .status(401)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(errorEnvelope(10000, "Authentication error"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "tokenRejected")
    void a401BecomesAnAuthenticationException(MockServer server) {
        DynamicRoutesClient client = bearerClient(server);

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT_ID, GATEWAY_ID))
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.errors()).containsExactly(ApiError.of(10000, "Authentication error"));
                    assertThat(e.getMessage()).doesNotContain(TOKEN);
                });
    }

    @Pact(consumer = CONSUMER)
    V4Pact gatewayUnknown(PactDslWithProvider builder) {
        return withBearer(builder.given(STATE_GATEWAY_UNKNOWN)
                        .uponReceiving("a request for the routes of a gateway that does not exist")
                        .method("GET")
                        .path(UNKNOWN_GATEWAY_PATH))
                .willRespondWith()
                .status(404)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(errorEnvelope(7003, "Could not route to the gateway"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "gatewayUnknown")
    void a404BecomesANotFoundException(MockServer server) {
        DynamicRoutesClient client = bearerClient(server);

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT_ID, UNKNOWN_GATEWAY_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.errors()).containsExactly(ApiError.of(7003, "Could not route to the gateway"));
                });
    }

    @Pact(consumer = CONSUMER)
    V4Pact rateLimited(PactDslWithProvider builder) {
        return withBearer(builder.given(STATE_RATE_LIMITED)
                        .uponReceiving("a request from a caller that has exceeded the rate limit")
                        .method("GET")
                        .path(ROUTES_PATH))
                .willRespondWith()
                .status(429)
                .matchHeader("Content-Type", JSON, "application/json")
                .matchHeader("Retry-After", "\\d+", "30")
                .body(errorEnvelope(10000, "Rate limited"))
                .toPact(V4Pact.class);
    }

    @Test
    @PactTestFor(pactMethod = "rateLimited")
    void a429BecomesARateLimitExceptionCarryingRetryAfter(MockServer server) {
        // retries disabled: one request, one interaction; the retry policy itself is tested in client-extensions
        DynamicRoutesClient client =
                clientFor(server).apiToken(TOKEN).maxRetries(0).build();

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT_ID, GATEWAY_ID))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
                    assertThat(e.errors()).extracting(ApiError::message).containsExactly("Rate limited");
                });
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private static PactDslRequestWithPath withBearer(PactDslRequestWithPath request) {
        return request.matchHeader("Authorization", BEARER, "Bearer " + TOKEN);
    }

    /** The common Cloudflare v4 error envelope, as far as the client reads it. */
    private static au.com.dius.pact.consumer.dsl.DslPart errorEnvelope(int code, String message) {
        return LambdaDsl.newJsonBody(body -> body.booleanValue("success", false)
                        .minArrayLike(
                                "errors",
                                1,
                                error -> error.integerType("code", code).stringType("message", message)))
                .build();
    }

    private static au.com.dius.pact.consumer.dsl.DslPart pageOfRoutes(
            int page, int perPage, int routes, String idExample) {
        return LambdaDsl.newJsonBody(body -> body.booleanValue("success", true).object("data", data -> {
                    RouteShapes.pageFields(data, page, perPage);
                    // exactly this many: a full page keeps the paginator going, a short one ends the walk
                    data.minMaxArrayLike("routes", routes, routes, routes, route -> {
                        RouteShapes.routeFields(route, idExample);
                        RouteShapes.deploymentWithComment(route);
                        RouteShapes.versionWithOptionalFields(route, "true");
                        RouteShapes.startElement(route);
                    });
                }))
                .build();
    }

    private static DynamicRoutesClient.Builder clientFor(MockServer server) {
        return DynamicRoutesClient.builder().baseUrl(server.getUrl());
    }

    private static DynamicRoutesClient bearerClient(MockServer server) {
        return clientFor(server).apiToken(TOKEN).build();
    }
}
