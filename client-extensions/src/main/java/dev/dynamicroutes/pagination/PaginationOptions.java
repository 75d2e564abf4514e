package dev.dynamicroutes.pagination;

/**
 * How a paginator walks the pages: the page size it asks for and the most pages it will read.
 * Immutable.
 *
 * <pre>{@code
 * PaginationOptions options = PaginationOptions.builder().pageSize(20).maxPages(100).build();
 * client.listRoutesPaginator(accountId, gatewayId, options).routes().forEach(System.out::println);
 * }</pre>
 *
 * <p><b>Why the default page size is 50.</b> The API does not document a maximum {@code per_page}.
 * 50 is the largest page size that Cloudflare's v4 list endpoints accept nearly everywhere (most cap
 * at 50, some at 100 or more), so it is the largest value that is safe without a documented limit,
 * and each route carries its whole element graph, so a page of 50 stays a small response. If the
 * server caps the size anyway, the paginator follows the {@code per_page} the server echoes and keeps
 * going (a page as long as the echoed size is a full page), so a too-large request costs nothing but
 * is never mistaken for the last page.
 *
 * <p><b>Why there is a maximum number of pages.</b> It is the last line of defence against a server
 * that keeps sending new, full pages forever. The default, 10 000 pages, is 500 000 routes at the
 * default size. Reaching it with more pages still coming raises a {@code PaginationException}
 * ({@code MAX_PAGES_EXCEEDED}) rather than silently returning a truncated list; to read only the first
 * pages on purpose, limit the stream instead ({@code paginator.stream().limit(3)}).
 */
public final class PaginationOptions {

    /** Default page size, see the class comment for why. */
    private static final int DEFAULT_PAGE_SIZE = 50;
    /** Default maximum number of pages read in one walk. */
    private static final int DEFAULT_MAX_PAGES = 10_000;

    private static final PaginationOptions DEFAULTS = new PaginationOptions(DEFAULT_PAGE_SIZE, DEFAULT_MAX_PAGES);

    private final int pageSize;
    private final int maxPages;

    private PaginationOptions(int pageSize, int maxPages) {
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    /** {@return page size 50, at most 10 000 pages} */
    public static PaginationOptions defaults() {
        return DEFAULTS;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the {@code per_page} requested} */
    public int pageSize() {
        return pageSize;
    }

    /** {@return the most pages one walk reads before failing with {@code MAX_PAGES_EXCEEDED}} */
    public int maxPages() {
        return maxPages;
    }

    @Override
    public String toString() {
        return "PaginationOptions{pageSize=" + pageSize + ", maxPages=" + maxPages + '}';
    }

    /**
     * Builds {@link PaginationOptions}; unset values keep their defaults.
     *
     * <pre>{@code
     * PaginationOptions options = PaginationOptions.builder().pageSize(20).maxPages(100).build();
     * }</pre>
     */
    public static final class Builder {
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int maxPages = DEFAULT_MAX_PAGES;

        private Builder() {}

        /**
         * The {@code per_page} to request, at least 1. Default 50.
         *
         * @param pageSize routes per page, at least 1
         * @return this builder
         */
        public Builder pageSize(int pageSize) {
            if (pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
            }
            this.pageSize = pageSize;
            return this;
        }

        /**
         * The most pages to read, at least 1. Default 10 000.
         *
         * @param maxPages the most pages one walk reads, at least 1
         * @return this builder
         */
        public Builder maxPages(int maxPages) {
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
            }
            this.maxPages = maxPages;
            return this;
        }

        /** {@return the options} */
        public PaginationOptions build() {
            return new PaginationOptions(pageSize, maxPages);
        }
    }
}
