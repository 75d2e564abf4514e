/**
 * Pages of routes and walking all of them: {@link dev.dynamicroutes.pagination.RoutesPage} (one page),
 * {@link dev.dynamicroutes.pagination.RoutesPaginator} (all pages, lazily, with a flattened view of
 * the routes) and {@link dev.dynamicroutes.pagination.PaginationOptions}.
 *
 * <p>The walk itself is one generic page iterator ({@code PageIterator}) plus the endpoint's
 * "is there a next page" rule ({@code RoutesNextPageRule}), which also detects a server that ignores
 * the page number.
 */
package dev.dynamicroutes.pagination;
