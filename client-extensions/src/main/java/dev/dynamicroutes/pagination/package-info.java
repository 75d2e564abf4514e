/**
 * Pages of routes and walking all of them: {@link dev.dynamicroutes.pagination.RoutesPage} (one page),
 * {@link dev.dynamicroutes.pagination.RoutesPaginator} (all pages, lazily, with a flattened view of
 * the routes) and {@link dev.dynamicroutes.pagination.PaginationOptions}.
 *
 * <p>The walk itself is one generic page iterator ({@code PageIterator}) plus the endpoint's
 * "is there a next page" rule ({@code RoutesNextPageRule}), which also detects a server that ignores
 * the page number.
 *
 * <p>Decisions: a paginator is a {@link dev.dynamicroutes.pagination.LazyIterable} of pages; its
 * {@code routes()} is a {@code LazyIterable} of routes; both stream with {@code stream()} — one name per
 * view, no separate {@code routeStream()}. Creating a paginator sends nothing; each iteration is a new
 * walk from page 1.
 *
 * <pre>{@code
 * client.listRoutesPaginator(accountId, gatewayId).routes().stream().map(Route::name).forEach(System.out::println);
 * }</pre>
 */
@NullMarked
package dev.dynamicroutes.pagination;

import org.jspecify.annotations.NullMarked;
