package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.error.PaginationException.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes endpoint's "is there a next page" rule.
 *
 * <ul>
 *   <li>Stop on an empty page, or on a page shorter than the page size. The page size is the
 *       {@code per_page} the server echoes (it may cap the requested size: a page of that many
 *       routes is full), falling back to the requested size.
 *   <li>Fail, rather than loop, when the server ignores {@code page}: the echoed page number does
 *       not advance past the previous page's, or the page has the same set of route ids, in any
 *       order, as any earlier page of the walk ({@link PageFingerprints}). Pages that only overlap
 *       (data shifting while the walk runs) go on.
 * </ul>
 * Only the previous page's number and one 64-bit fingerprint per page are remembered, never the
 * routes.
 */
final class RoutesNextPageRule implements NextPageRule<RoutesPage> {

    private final int requestedPageSize;
    private int previousEchoedPage;
    private boolean first = true;
    private final PageFingerprints seen = new PageFingerprints();

    RoutesNextPageRule(int requestedPageSize) {
        this.requestedPageSize = requestedPageSize;
    }

    @Override
    public boolean hasNextAfter(RoutesPage page, int pageNumber) {
        List<Route> routes = page.routes();
        List<String> ids = new ArrayList<>(routes.size());
        for (Route route : routes) {
            ids.add(route.id());
        }
        if (!first) {
            if (page.page() <= previousEchoedPage) {
                throw new PaginationException(
                        Reason.PAGE_NOT_ADVANCING,
                        pageNumber,
                        "requested page " + pageNumber + " but the server answered with page " + page.page()
                                + " after page " + previousEchoedPage + ": it ignores the page parameter; stopping"
                                + " instead of looping");
            }
        }
        if (!ids.isEmpty() && !seen.add(ids)) {
            throw new PaginationException(
                    Reason.REPEATED_PAGE,
                    pageNumber,
                    "page " + pageNumber + " has the same " + ids.size() + " routes as an earlier page (in any"
                            + " order): the server ignores the page parameter; stopping instead of looping");
        }
        first = false;
        previousEchoedPage = page.page();
        // The smaller of the echoed and the requested size: a server that caps per_page makes its capped
        // page count as full, and a server echoing a size larger than it honours cannot end the walk early.
        int fullPage = page.perPage() > 0 ? Math.min(page.perPage(), requestedPageSize) : requestedPageSize;
        return !routes.isEmpty() && routes.size() >= fullPage;
    }
}
