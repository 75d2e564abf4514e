package dev.dynamicroutes.pagination;

import dev.dynamicroutes.error.PaginationException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The generic part of paging: fetches page 1, 2, … on demand, asks the rule whether to go on, and
 * enforces the maximum number of pages. Holds at most one page (the one fetched by {@code hasNext}
 * and not yet returned by {@code next}). A fetch failure propagates from {@code hasNext}/{@code next}
 * when that page is reached; calling again retries the same page.
 */
final class PageIterator<P> implements Iterator<P> {

    private final IntFunction<P> fetch;
    private final NextPageRule<P> rule;
    private final int maxPages;

    private int nextPageNumber = 1;
    private boolean lastPageSeen;
    // the page hasNext() fetched and next() has not yet returned
    private @Nullable P fetched;

    PageIterator(IntFunction<P> fetch, NextPageRule<P> rule, int maxPages) {
        this.fetch = fetch;
        this.rule = rule;
        this.maxPages = maxPages;
    }

    @Override
    public boolean hasNext() {
        if (fetched != null) {
            return true;
        }
        if (lastPageSeen) {
            return false;
        }
        if (nextPageNumber > maxPages) {
            throw PaginationException.of(
                    PaginationException.Reason.MAX_PAGES_EXCEEDED,
                    nextPageNumber,
                    "read the maximum of " + maxPages + " pages and page " + maxPages
                            + " was still full; raise PaginationOptions.maxPages to read more");
        }
        P page = fetch.apply(nextPageNumber);
        lastPageSeen = !rule.hasNextAfter(page, nextPageNumber);
        nextPageNumber++;
        fetched = page;
        return true;
    }

    @Override
    public P next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no page after page " + (nextPageNumber - 1));
        }
        P page = Objects.requireNonNull(fetched, "hasNext() fetched it");
        fetched = null;
        return page;
    }
}
