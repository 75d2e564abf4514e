package dev.dynamicroutes.pagination;

/**
 * Fetches one page of routes. {@code DynamicRoutesClient} supplies one that calls the API; tests
 * and other sources of pages can supply their own to {@link RoutesPaginator#of}.
 *
 * <pre>{@code
 * RoutesPageFetcher fetcher = (page, perPage) -> client.listRoutes(accountId, gatewayId, page, perPage);
 * }</pre>
 */
@FunctionalInterface
public interface RoutesPageFetcher {

    /**
     * Fetches one page of routes.
     *
     * @param page 1-based page number
     * @param perPage page size to request
     * @return the page; its routes are empty past the last page
     */
    RoutesPage fetch(int page, int perPage);
}
