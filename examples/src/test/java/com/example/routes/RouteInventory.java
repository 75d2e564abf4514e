package com.example.routes;

import dev.dynamicroutes.client.DynamicRoutesOperations;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A small piece of "user code", as a team consuming the library would write it: the names of a
 * gateway's routes, or empty when the gateway does not exist. It sees only the public API.
 */
final class RouteInventory {

    private final DynamicRoutesOperations routes;

    RouteInventory(DynamicRoutesOperations routes) {
        this.routes = routes;
    }

    Optional<List<String>> routeNames(String accountId, String gatewayId) {
        try {
            return Optional.of(routes.listRoutesPaginator(accountId, gatewayId).routes().stream()
                    .map(Route::name)
                    .sorted()
                    .collect(Collectors.toList()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
