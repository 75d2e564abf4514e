package dev.dynamicroutes.pagination;

import dev.dynamicroutes.element.Route;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of routes, as returned by {@code listRoutes}: the typed routes plus the paging fields the
 * server echoed and the response's {@code cf-ray} id. Immutable.
 *
 * <pre>{@code
 * RoutesPage page = client.listRoutes(accountId, gatewayId, 1, 50);
 * for (Route route : page.routes()) {
 *   System.out.println(route.id() + " " + route.name());
 * }
 * System.out.println("page " + page.page() + " of size " + page.perPage() + ", cf-ray " + page.cfRay().orElse("-"));
 * }</pre>
 *
 * <p>A hand-written test double builds one with {@link #builder()}:
 *
 * <pre>{@code
 * RoutesPage page = RoutesPage.builder().routes(List.of(route)).page(1).perPage(50).build();
 * }</pre>
 */
public final class RoutesPage {

    private final List<Route> routes;
    private final int page;
    private final int perPage;
    private final @Nullable String orderBy;
    private final @Nullable String orderByDirection;
    private final @Nullable String cfRay;

    private RoutesPage(Builder b) {
        this.routes = b.routes;
        this.page = b.page;
        this.perPage = b.perPage;
        this.orderBy = b.orderBy;
        this.orderByDirection = b.orderByDirection;
        this.cfRay = b.cfRay;
    }

    /** {@return an empty page 1 of size 50, to fill in} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the routes of this page, in the order the server sent them; empty past the last page} */
    public List<Route> routes() {
        return routes;
    }

    /**
     * The page number the server reports for this page ({@code data.page}); when the server omitted it,
     * the page number that was requested (1 when none was).
     *
     * @return the page number
     */
    public int page() {
        return page;
    }

    /**
     * The page size the server reports ({@code data.per_page}), which may be smaller than the one
     * requested when the server caps it; when the server omitted it, the requested size (or the
     * number of routes when none was requested).
     *
     * @return the page size
     */
    public int perPage() {
        return perPage;
    }

    /** {@return the field the server sorted by ({@code data.order_by}), when it said} */
    public Optional<String> orderBy() {
        return Optional.ofNullable(orderBy);
    }

    /** {@return the sort direction ({@code data.order_by_direction}, e.g. {@code desc}), when the server said} */
    public Optional<String> orderByDirection() {
        return Optional.ofNullable(orderByDirection);
    }

    /** {@return the response's {@code cf-ray} header, the id Cloudflare support asks for} */
    public Optional<String> cfRay() {
        return Optional.ofNullable(cfRay);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RoutesPage other)) {
            return false;
        }
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

    /**
     * Builds a {@link RoutesPage}. Not thread-safe.
     *
     * <pre>{@code
     * RoutesPage page = RoutesPage.builder().routes(routes).page(2).perPage(50).cfRay("8f1c-AMS").build();
     * }</pre>
     */
    public static final class Builder {
        private List<Route> routes = List.of();
        private int page = 1;
        private int perPage = 50;
        private @Nullable String orderBy;
        private @Nullable String orderByDirection;
        private @Nullable String cfRay;

        private Builder() {}

        /**
         * The routes, in server order; copied.
         *
         * @param routes the routes
         * @return this builder
         */
        public Builder routes(List<Route> routes) {
            this.routes = List.copyOf(routes);
            return this;
        }

        /**
         * The page number (1-based).
         *
         * @param page the 1-based page number
         * @return this builder
         */
        public Builder page(int page) {
            if (page < 1) {
                throw new IllegalArgumentException("page must be at least 1, was " + page);
            }
            this.page = page;
            return this;
        }

        /**
         * The page size, 0 or more (0 when an empty page reports none).
         *
         * @param perPage routes per page
         * @return this builder
         */
        public Builder perPage(int perPage) {
            if (perPage < 0) {
                throw new IllegalArgumentException("perPage must be 0 or more, was " + perPage);
            }
            this.perPage = perPage;
            return this;
        }

        /**
         * The server's {@code order_by}, or null.
         *
         * @param orderBy the {@code order_by} the server reports, or null
         * @return this builder
         */
        public Builder orderBy(@Nullable String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /**
         * The server's {@code order_by_direction}, or null.
         *
         * @param orderByDirection the {@code order_by_direction} the server reports, or null
         * @return this builder
         */
        public Builder orderByDirection(@Nullable String orderByDirection) {
            this.orderByDirection = orderByDirection;
            return this;
        }

        /**
         * The response's {@code cf-ray} header, or null.
         *
         * @param cfRay the cf-ray header value, or null
         * @return this builder
         */
        public Builder cfRay(@Nullable String cfRay) {
            this.cfRay = cfRay;
            return this;
        }

        /** {@return the page, immutable} */
        public RoutesPage build() {
            return new RoutesPage(this);
        }
    }
}
