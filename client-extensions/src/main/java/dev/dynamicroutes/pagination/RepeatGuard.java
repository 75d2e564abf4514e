package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.error.PaginationException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Detects a server that ignores the page number by sending a page it already sent. One instance per
 * walk. This is the one place the repeat rule lives: today it compares each page's route ids, in
 * order, with the previous page's; the transport issue replaces the inside with an order-independent
 * fingerprint of every page seen (a few bytes per page), keeping this boundary.
 */
final class RepeatGuard {

    private List<String> previousIds = List.of();

    /**
     * @throws PaginationException ({@code REPEATED_PAGE}) when {@code routes} repeats the previous page
     */
    void check(List<Route> routes, int pageNumber) {
        List<String> ids = new ArrayList<>(routes.size());
        for (Route route : routes) {
            ids.add(route.id());
        }
        if (!ids.isEmpty() && ids.equals(previousIds)) {
            throw PaginationException.of(
                    Reason.REPEATED_PAGE,
                    pageNumber,
                    "page " + pageNumber + " has the same " + ids.size() + " routes as page " + (pageNumber - 1)
                            + ": the server ignores the page parameter; stopping instead of looping");
        }
        previousIds = ids;
    }
}
