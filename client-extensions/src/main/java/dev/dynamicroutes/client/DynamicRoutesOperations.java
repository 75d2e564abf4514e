package dev.dynamicroutes.client;

import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.pagination.RoutesPaginator;

/**
 * The operations of the Dynamic Routes API. {@link DynamicRoutesClient} implements it; depend on this
 * interface in your code so that a test can substitute its own implementation (or point a real client
 * at the fake server of {@code dynamic-routes-testing}).
 *
 * <pre>{@code
 * final class RouteNames {
 *   private final DynamicRoutesOperations routes;
 *   RouteNames(DynamicRoutesOperations routes) { this.routes = routes; }
 *   List<String> of(String accountId, String gatewayId) {
 *     return routes.listRoutesPaginator(accountId, gatewayId).routes().stream().map(Route::name).toList();
 *   }
 * }
 * }</pre>
 *
 * <p>A substitute implements the two abstract {@code listRoutes} methods; everything else has a
 * default built on them, and operations added in later versions arrive as {@code default} methods,
 * so a substitute written today keeps compiling.
 *
 * <p>Every failure is a {@link dev.dynamicroutes.error.DynamicRoutesException}.
 */
public interface DynamicRoutesOperations extends AutoCloseable {

    /**
     * Lists one page of routes with the server's default page and page size.
     *
     * @throws dev.dynamicroutes.error.RequestNotSentException when an id is null, blank, "." or ".." (nothing is sent)
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param options the per-call request options
     * @return the page the server chose
     */
    RoutesPage listRoutes(String accountId, String gatewayId, RequestOptions options);

    /**
     * Lists one page of routes.
     *
     * @param page 1-based page number, at least 1
     * @param perPage routes per page, at least 1
     * @throws dev.dynamicroutes.error.RequestNotSentException when an id is null, blank, "." or "..", or
     *     page/perPage is below 1 (nothing is sent)
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param options the per-call request options
     * @return the requested page
     */
    RoutesPage listRoutes(String accountId, String gatewayId, int page, int perPage, RequestOptions options);

    /**
     * {@link #listRoutes(String, String, RequestOptions)} with no request options.
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @return the page the server chose
     */
    default RoutesPage listRoutes(String accountId, String gatewayId) {
        return listRoutes(accountId, gatewayId, RequestOptions.none());
    }

    /**
     * {@link #listRoutes(String, String, int, int, RequestOptions)} with no request options.
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param page the 1-based page number
     * @param perPage routes per page
     * @return the requested page
     */
    default RoutesPage listRoutes(String accountId, String gatewayId, int page, int perPage) {
        return listRoutes(accountId, gatewayId, page, perPage, RequestOptions.none());
    }

    /**
     * All routes of a gateway, page by page. Nothing is requested until iteration starts; every
     * iteration is a new walk from page 1 (see {@link RoutesPaginator}).
     *
     * <pre>{@code
     * for (Route route : client.listRoutesPaginator(accountId, gatewayId, PaginationOptions.defaults(),
     *     RequestOptions.none()).routes()) {
     *   System.out.println(route.id());
     * }
     * }</pre>
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param options the per-call request options
     * @param requestOptions the per-call request options
     * @return a lazy paginator; nothing is sent until it is iterated
     */
    default RoutesPaginator listRoutesPaginator(
            String accountId, String gatewayId, PaginationOptions options, RequestOptions requestOptions) {
        int perPage = options.pageSize();
        return RoutesPaginator.of(page -> listRoutes(accountId, gatewayId, page, perPage, requestOptions), options);
    }

    /**
     * All routes of a gateway with {@link PaginationOptions#defaults()} (50 per page).
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @return a lazy paginator; nothing is sent until it is iterated
     */
    default RoutesPaginator listRoutesPaginator(String accountId, String gatewayId) {
        return listRoutesPaginator(accountId, gatewayId, PaginationOptions.defaults(), RequestOptions.none());
    }

    /**
     * All routes of a gateway with the given page size and page limit.
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param options page size and page limit
     * @return a lazy paginator; nothing is sent until it is iterated
     */
    default RoutesPaginator listRoutesPaginator(String accountId, String gatewayId, PaginationOptions options) {
        return listRoutesPaginator(accountId, gatewayId, options, RequestOptions.none());
    }

    /** Releases what the implementation holds; later calls fail. Never throws a checked exception. */
    @Override
    void close();
}
