package dev.dynamicroutes.error;

/**
 * Iterating all pages had to stop because continuing could not give a correct result: the server
 * ignored the {@code page} parameter (it sent the same page again, or its echoed page number did not
 * advance), or the walk reached the configured maximum number of pages while more were still coming.
 * Stopping with this exception is what keeps a misbehaving server from making the iteration loop
 * forever or silently return a truncated list.
 *
 * <pre>{@code
 * try {
 *   client.listRoutesPaginator(accountId, gatewayId).routes().forEach(this::index);
 * } catch (PaginationException e) {
 *   log.error("stopped at page {}: {}", e.page(), e.reason());
 * }
 * }</pre>
 */
public final class PaginationException extends DynamicRoutesException {

    private static final long serialVersionUID = 2L;

    /**
     * Why the walk stopped.
     *
     * <pre>{@code
     * catch (PaginationException e) {
     *   if (e.reason() == PaginationException.Reason.MAX_PAGES_EXCEEDED) { raiseMaxPages(); }
     * }
     * }</pre>
     */
    public enum Reason {
        /** The page returned had the same set of items, in any order, as an earlier page of the walk. */
        REPEATED_PAGE,
        /** The page number echoed by the server did not advance past the previous page's. */
        PAGE_NOT_ADVANCING,
        /** The configured maximum number of pages was read and the last one was still full. */
        MAX_PAGES_EXCEEDED
    }

    /** Why the walk stopped. */
    private final Reason reason;
    /** The page at which it stopped. */
    private final int page;

    private PaginationException(Reason reason, int page, String message) {
        super(message);
        this.reason = reason;
        this.page = page;
    }

    /**
     * A walk stopped for {@code reason}.
     *
     * <pre>{@code
     * throw PaginationException.of(PaginationException.Reason.REPEATED_PAGE, 3, "page 3 repeats page 2");
     * }</pre>
     *
     * @param page the page number (1-based) being read when it stopped
     * @param message what happened, in words
     * @param reason why the walk stopped
     * @return a walk stopped for {@code reason}
     */
    public static PaginationException of(Reason reason, int page, String message) {
        return new PaginationException(reason, page, message);
    }

    /** {@return why the walk stopped} */
    public Reason reason() {
        return reason;
    }

    /** {@return the 1-based page number being read when the walk stopped} */
    public int page() {
        return page;
    }
}
