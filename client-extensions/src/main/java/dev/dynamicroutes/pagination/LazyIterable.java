package dev.dynamicroutes.pagination;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An {@code Iterable} whose every {@code iterator()} starts a new walk over the pages, with a
 * {@link #stream()} view of the same walk. Nothing is fetched until iteration starts.
 *
 * <pre>{@code
 * LazyIterable<Route> routes = client.listRoutesPaginator(accountId, gatewayId).routes();
 * long production = routes.stream().filter(r -> r.name().startsWith("prod-")).count();
 * }</pre>
 *
 * @param <T> what is iterated: pages or routes
 */
@FunctionalInterface
public interface LazyIterable<T> extends Iterable<T> {

    /** {@return a sequential stream over a new walk; the walk starts when a terminal operation runs} */
    default Stream<T> stream() {
        int characteristics = Spliterator.ORDERED | Spliterator.NONNULL;
        return StreamSupport.stream(
                () -> Spliterators.spliteratorUnknownSize(iterator(), characteristics), characteristics, false);
    }
}
