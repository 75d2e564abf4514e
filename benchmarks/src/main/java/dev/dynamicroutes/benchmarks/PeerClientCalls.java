package dev.dynamicroutes.benchmarks;

import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.pagination.PaginationOptions;

/**
 * Every call the peer benchmark and the cold-start probe make to this library's public API, in one
 * class, so that a change of the client's API is an edit here only.
 *
 * <pre>{@code
 * PeerClientCalls calls = PeerClientCalls.connect("http://127.0.0.1:40123/client/v4");
 * PeerCounts counts = calls.walkAll(50);
 * }</pre>
 *
 * <p>The client is built as a user would (defaults), except {@code maxRetries(0)}: the peers do not
 * retry either, and a failure must end the run rather than be hidden in a retry.
 */
final class PeerClientCalls {

    private final DynamicRoutesClient client;

    private PeerClientCalls(DynamicRoutesClient client) {
        this.client = client;
    }

    /** Builds the client: everything {@code DynamicRoutesClient.builder()…build()} costs. */
    static PeerClientCalls connect(String baseUrl) {
        return new PeerClientCalls(DynamicRoutesClient.builder()
                .apiToken("benchmark-token")
                .baseUrl(baseUrl)
                .maxRetries(0)
                .build());
    }

    /** Walks every route with {@code listRoutesPaginator(...).routes()}. */
    PeerCounts walkAll(int perPage) {
        long routes = 0;
        long elements = 0;
        for (Route route : client.listRoutesPaginator(
                        RoutePages.ACCOUNT,
                        RoutePages.GATEWAY,
                        PaginationOptions.builder().pageSize(perPage).build())
                .routes()) {
            routes++;
            elements += route.elements().size();
        }
        return new PeerCounts(routes, elements);
    }

    /** Fetches one page with {@code listRoutes}. */
    PeerCounts fetchPage(int page, int perPage) {
        long elements = 0;
        var routes = client.listRoutes(RoutePages.ACCOUNT, RoutePages.GATEWAY, page, perPage)
                .routes();
        for (Route route : routes) {
            elements += route.elements().size();
        }
        return new PeerCounts(routes.size(), elements);
    }
}
