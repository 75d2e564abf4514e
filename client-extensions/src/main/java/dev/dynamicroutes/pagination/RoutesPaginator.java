package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * All pages of a gateway's routes, fetched lazily: an {@code Iterable} of {@link RoutesPage}s with a
 * flattened view of the routes ({@link #routes()}), each also as a {@code Stream} ({@code stream()}).
 *
 * <ul>
 *   <li>Creating it sends nothing; each call to {@code iterator()}, {@code stream()} or
 *       {@code routes().iterator()} starts a new walk at page 1.
 *   <li>Only the current page is held in memory, so any number of routes can be walked.
 *   <li>The walk stops on an empty page or a page shorter than the page size; it fails with
 *       {@link dev.dynamicroutes.error.PaginationException} when the server ignores the page number
 *       or the maximum number of pages is reached with more to come.
 *   <li>A failure fetching page N is thrown when page N is reached, as the same typed exception a
 *       single {@code listRoutes} call throws, with the page number in it.
 * </ul>
 * Not thread-safe to iterate one iterator from several threads; separate walks are independent.
 *
 * <pre>{@code
 * RoutesPaginator paginator = client.listRoutesPaginator(accountId, gatewayId);
 * for (Route route : paginator.routes()) {
 *   System.out.println(route.id());
 * }
 * long production = paginator.routes().stream().filter(r -> r.name().startsWith("prod-")).count();
 * }</pre>
 */
public final class RoutesPaginator implements LazyIterable<RoutesPage> {

    private final IntFunction<RoutesPage> fetchPage;
    private final PaginationOptions options;

    private RoutesPaginator(IntFunction<RoutesPage> fetchPage, PaginationOptions options) {
        this.fetchPage = fetchPage;
        this.options = options;
    }

    /**
     * A paginator over the pages {@code fetchPage} returns. Users get one from
     * {@code listRoutesPaginator}; this is how {@code DynamicRoutesOperations} builds it from
     * {@code listRoutes}:
     *
     * <pre>{@code
     * RoutesPaginator.of(page -> listRoutes(accountId, gatewayId, page, options.pageSize(), requestOptions), options);
     * }</pre>
     *
     * @param fetchPage fetches the page with the given 1-based number, of {@code options.pageSize()} routes
     * @param options page size and page limit
     * @return a paginator over the pages {@code fetchPage} returns
     */
    public static RoutesPaginator of(IntFunction<RoutesPage> fetchPage, PaginationOptions options) {
        return new RoutesPaginator(
                Objects.requireNonNull(fetchPage, "fetchPage"), Objects.requireNonNull(options, "options"));
    }

    /** A new walk over the pages, starting at page 1; nothing is fetched until {@code hasNext()}. */
    @Override
    public Iterator<RoutesPage> iterator() {
        int pageSize = options.pageSize();
        return new PageIterator<>(fetchPage, new RoutesNextPageRule(pageSize), options.maxPages());
    }

    /** {@return every route of every page, in order; each {@code iterator()} or {@code stream()} is a new walk from page 1} */
    public LazyIterable<Route> routes() {
        return () -> new FlatteningIterator(iterator());
    }

    @Override
    public String toString() {
        return "RoutesPaginator{" + options + '}';
    }

    /** Walks the routes of one page, then asks for the next page; holds one page at a time. */
    private static final class FlatteningIterator implements Iterator<Route> {
        private final Iterator<RoutesPage> pages;
        private Iterator<Route> current = Collections.emptyIterator();

        FlatteningIterator(Iterator<RoutesPage> pages) {
            this.pages = pages;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (!pages.hasNext()) {
                    return false;
                }
                current = pages.next().routes().iterator();
            }
            return true;
        }

        @Override
        public Route next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more routes");
            }
            return current.next();
        }
    }
}
