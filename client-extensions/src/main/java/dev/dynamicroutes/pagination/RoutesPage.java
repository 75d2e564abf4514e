package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of routes, as returned by {@code DynamicRoutesClient.listRoutes}: the typed routes plus
 * the paging fields the server echoed and the response's {@code cf-ray} id. Immutable.
 *
 * <pre>{@code
 * RoutesPage page = client.listRoutes(accountId, gatewayId, 1, 50);
 * for (Route route : page.routes()) {
 *   System.out.println(route.id() + " " + route.name());
 * }
 * System.out.println("page " + page.page() + " of size " + page.perPage() + ", cf-ray " + page.cfRay().orElse("-"));
 * }</pre>
 */
public final class RoutesPage {

    private final List<Route> routes;
    private final int page;
    private final int perPage;
    private final String orderBy;
    private final String orderByDirection;
    private final String cfRay;

    /**
     * @param routes the routes of this page, in server order
     * @param page the page number the server reports (1-based)
     * @param perPage the page size the server reports
     * @param orderBy the server's {@code order_by}, or null
     * @param orderByDirection the server's {@code order_by_direction}, or null
     * @param cfRay the response's {@code cf-ray} header, or null
     */
    public RoutesPage(
            List<Route> routes, int page, int perPage, String orderBy, String orderByDirection, String cfRay) {
        this.routes = List.copyOf(Objects.requireNonNull(routes, "routes"));
        this.page = page;
        this.perPage = perPage;
        this.orderBy = orderBy;
        this.orderByDirection = orderByDirection;
        this.cfRay = cfRay;
    }

    /** The routes of this page, in the order the server sent them; empty past the last page. */
    public List<Route> routes() {
        return routes;
    }

    /**
     * The page number the server reports for this page ({@code data.page}); when the server omitted it,
     * the page number that was requested (1 when none was).
     */
    public int page() {
        return page;
    }

    /**
     * The page size the server reports ({@code data.per_page}), which may be smaller than the one
     * requested when the server caps it; when the server omitted it, the requested size (or the
     * number of routes when none was requested).
     */
    public int perPage() {
        return perPage;
    }

    /** The field the server sorted by ({@code data.order_by}), when it said. */
    public Optional<String> orderBy() {
        return Optional.ofNullable(orderBy);
    }

    /** The sort direction ({@code data.order_by_direction}, e.g. {@code desc}), when the server said. */
    public Optional<String> orderByDirection() {
        return Optional.ofNullable(orderByDirection);
    }

    /** The response's {@code cf-ray} header, the id Cloudflare support asks for. */
    public Optional<String> cfRay() {
        return Optional.ofNullable(cfRay);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RoutesPage)) {
            return false;
        }
        RoutesPage other = (RoutesPage) o;
        return page == other.page
                && perPage == other.perPage
                && routes.equals(other.routes)
                && Objects.equals(orderBy, other.orderBy)
                && Objects.equals(orderByDirection, other.orderByDirection)
                && Objects.equals(cfRay, other.cfRay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routes, page, perPage, orderBy, orderByDirection, cfRay);
    }

    /** A short summary (page, size, count, cf-ray); the routes themselves are not listed. */
    @Override
    public String toString() {
        return "RoutesPage{page=" + page + ", perPage=" + perPage + ", routes=" + routes.size()
                + (cfRay == null ? "" : ", cfRay=" + cfRay) + '}';
    }
}
