package dev.dynamicroutes.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.client.LogLevel;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.AuthenticationException;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake server through the real client: paging, both auth schemes, injected failures. */
class FakeDynamicRoutesServerTest {

    static List<String> routes(int count) {
        List<String> routes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            routes.add(FakeDynamicRoutesServer.simpleRouteJson("r" + i, "route-" + i));
        }
        return routes;
    }

    @RegisterExtension
    static FakeDynamicRoutesServerExtension fake = FakeDynamicRoutesServerExtension.of(
            FakeDynamicRoutesServer.builder().maxPerPage(3).routesJson("acc", "gw", routes(7)));

    DynamicRoutesClient client(FakeDynamicRoutesServer server) {
        return server.clientBuilder().logLevel(LogLevel.NONE).build();
    }

    @Test
    void servesRealPagesCappedAtTheMaximumPageSize(FakeDynamicRoutesServer server) {
        try (DynamicRoutesClient client = client(server)) {
            RoutesPage second = client.listRoutes("acc", "gw", 2, 50);
            List<String> all = client
                    .listRoutesPaginator(
                            "acc",
                            "gw",
                            PaginationOptions.builder().pageSize(50).build())
                    .routes()
                    .stream()
                    .map(Route::id)
                    .collect(Collectors.toList());

            assertThat(second.perPage()).isEqualTo(3);
            assertThat(second.page()).isEqualTo(2);
            assertThat(second.routes()).extracting(Route::id).containsExactly("r4", "r5", "r6");
            assertThat(second.cfRay()).hasValueSatisfying(ray -> assertThat(ray).endsWith("-FAKE"));
            assertThat(all).containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
            assertThat(server.requests()).hasSize(1 + 3);
            assertThat(server.requests().get(3).queryParameter("page")).contains("3");
        }
    }

    @Test
    void unknownGatewaysAreNotFoundAndBadPagesAreBadRequests(FakeDynamicRoutesServer server) {
        try (DynamicRoutesClient client = client(server)) {
            assertThat(catchThrowable(() -> client.listRoutes("acc", "other"))).isInstanceOf(NotFoundException.class);
            server.routesJson("acc", "other", List.of());
            assertThat(client.listRoutes("acc", "other").routes()).isEmpty();
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void checksBothAuthenticationSchemes() {
        try (FakeDynamicRoutesServer server = FakeDynamicRoutesServer.builder()
                        .apiKey("ops@example.com", "key-1")
                        .routesJson("acc", "gw", routes(1))
                        .start();
                DynamicRoutesClient right =
                        server.clientBuilder().logLevel(LogLevel.NONE).build();
                DynamicRoutesClient token = DynamicRoutesClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiToken(FakeDynamicRoutesServer.DEFAULT_TOKEN)
                        .logLevel(LogLevel.NONE)
                        .maxRetries(0)
                        .build();
                DynamicRoutesClient wrongKey = DynamicRoutesClient.builder()
                        .baseUrl(server.baseUrl())
                        .apiKey("ops@example.com", "key-2")
                        .logLevel(LogLevel.NONE)
                        .maxRetries(0)
                        .build()) {
            assertThat(right.listRoutes("acc", "gw").routes()).hasSize(1);
            assertThat(server.requests().get(0).header("X-Auth-Email")).contains("ops@example.com");
            AuthenticationException byToken =
                    (AuthenticationException) catchThrowable(() -> token.listRoutes("acc", "gw"));
            assertThat(byToken.errors().get(0).code()).hasValue(10000);
            assertThat(catchThrowable(() -> wrongKey.listRoutes("acc", "gw")))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void injectedFailuresAreAnsweredOncePerRequestInOrder(FakeDynamicRoutesServer server) {
        server.failNext(Failure.status(429).retryAfter(Duration.ofSeconds(2)));
        server.failNext(Failure.status(503).cloudflareError(10001, "service unavailable"));
        server.failNext(Failure.status(400));
        try (DynamicRoutesClient client = client(server)) {
            RateLimitException limited = (RateLimitException) catchThrowable(() -> client.listRoutes("acc", "gw"));
            ServerException down = (ServerException) catchThrowable(() -> client.listRoutes("acc", "gw"));
            Throwable bad = catchThrowable(() -> client.listRoutes("acc", "gw"));
            RoutesPage fine = client.listRoutes("acc", "gw");

            assertThat(limited.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(down.errors()).extracting(Object::toString).containsExactly("10001: service unavailable");
            assertThat(bad).isInstanceOf(BadRequestException.class);
            assertThat(fine.routes()).hasSize(3);
        }
    }

    @Test
    void retriesOfTheClientGetThroughAfterAnInjectedFailure(FakeDynamicRoutesServer server) {
        server.failNext(Failure.status(503).retryAfter(Duration.ZERO));
        try (DynamicRoutesClient client =
                server.clientBuilder().logLevel(LogLevel.NONE).maxRetries(1).build()) {
            assertThat(client.listRoutes("acc", "gw").routes()).hasSize(3);
        }
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aSlowResponseRunsIntoTheClientsTimeout(FakeDynamicRoutesServer server) {
        server.failNext(Failure.status(200).delay(Duration.ofMillis(1_500)));
        try (DynamicRoutesClient client = server.clientBuilder()
                .logLevel(LogLevel.NONE)
                .requestTimeout(Duration.ofMillis(200))
                .build()) {
            long started = System.nanoTime();
            Throwable thrown = catchThrowable(() -> client.listRoutes("acc", "gw"));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
            assertThat(tookMillis).isLessThan(1_400);
        }
    }

    @Test
    void resetReturnsToTheBuildersRoutesAndForgetsRequests(FakeDynamicRoutesServer server) {
        server.routesJson("acc", "gw", routes(1));
        server.failNext(Failure.status(500));
        server.reset();

        try (DynamicRoutesClient client = client(server)) {
            assertThat(client.listRoutes("acc", "gw", 3, 3).routes())
                    .extracting(Route::id)
                    .containsExactly("r7");
        }
        assertThat(server.requests()).hasSize(1);
    }
}
