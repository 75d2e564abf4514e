package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.error.PaginationException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * Detects a server that ignores the page number by sending a page it already sent. One instance per
 * walk. This is the one place the repeat rule lives: a page whose set of route ids, in any order,
 * equals that of any earlier page of the walk is a repeat ({@link PageFingerprints}: one 64-bit
 * fingerprint per page, never the routes). Pages that only overlap (data shifting during the walk)
 * are not.
 */
final class RepeatGuard {

    private final PageFingerprints seen = new PageFingerprints();

    /**
     * @throws PaginationException ({@code REPEATED_PAGE}) when {@code routes} repeats the previous page
     */
    void check(List<Route> routes, int pageNumber) {
        List<String> ids = new ArrayList<>(routes.size());
        for (Route route : routes) {
            ids.add(route.id());
        }
        if (!ids.isEmpty() && !seen.add(ids)) {
            throw PaginationException.of(
                    Reason.REPEATED_PAGE,
                    pageNumber,
                    "page " + pageNumber + " has the same " + ids.size() + " routes as an earlier page (in any"
                            + " order): the server ignores the page parameter; stopping instead of looping");
        }
    }
}
