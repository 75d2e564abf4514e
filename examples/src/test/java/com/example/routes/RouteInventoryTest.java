package com.example.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.client.DynamicRoutesOperations;
import dev.dynamicroutes.client.RequestOptions;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.RequestDescription;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.testing.Failure;
import dev.dynamicroutes.testing.FakeDynamicRoutesServer;
import dev.dynamicroutes.testing.FakeDynamicRoutesServerExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's test of its own code, written against the published artifacts only (client and
 * testing, public API; this package is not the library's): end to end through the real client and the
 * fake server, and with a hand-written substitute of {@link DynamicRoutesOperations}.
 */
class RouteInventoryTest {

    @RegisterExtension
    static FakeDynamicRoutesServerExtension cloudflare = FakeDynamicRoutesServerExtension.create();

    @Test
    void listsTheNamesOfEveryRouteAcrossPages(FakeDynamicRoutesServer server) {
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            routes.add(FakeDynamicRoutesServer.simpleRouteJson("r" + i, String.format("route-%03d", 119 - i)));
        }
        server.routesJson("acc", "gw", routes);

        try (DynamicRoutesClient client = server.clientBuilder().build()) {
            List<String> names =
                    new RouteInventory(client).routeNames("acc", "gw").orElseThrow();

            assertThat(names).hasSize(120).startsWith("route-000", "route-001").endsWith("route-119");
        }
        assertThat(server.requests()).hasSize(3); // 50 + 50 + 20
    }

    @Test
    void anUnknownGatewayIsEmptyAndAnOutageIsNotHidden(FakeDynamicRoutesServer server) {
        try (DynamicRoutesClient client = server.clientBuilder().build()) {
            RouteInventory inventory = new RouteInventory(client);

            assertThat(inventory.routeNames("acc", "missing")).isEmpty();
            server.routesJson("acc", "gw", List.of());
            server.failNext(Failure.status(503));
            assertThat(catchThrowable(() -> inventory.routeNames("acc", "gw"))).isInstanceOf(ServerException.class);
        }
    }

    @Test
    void aHandWrittenSubstituteImplementsOnlyTheTwoAbstractCalls() {
        DynamicRoutesOperations notFound = new DynamicRoutesOperations() {
            @Override
            public RoutesPage listRoutes(String accountId, String gatewayId, RequestOptions options) {
                throw ApiResponseException.builder(RequestDescription.of("GET", "/routes", null), 404)
                        .build();
            }

            @Override
            public RoutesPage listRoutes(
                    String accountId, String gatewayId, int page, int perPage, RequestOptions options) {
                return listRoutes(accountId, gatewayId, options);
            }

            @Override
            public void close() {}
        };

        assertThat(new RouteInventory(notFound).routeNames("acc", "gw")).isEmpty();
    }
}
