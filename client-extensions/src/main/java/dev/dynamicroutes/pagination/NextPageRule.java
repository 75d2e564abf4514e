package dev.dynamicroutes.pagination;

/**
 * Decides, from the page just read, whether there is another one. One instance per walk: it may
 * remember what it needs about the previous page (never the whole page) to detect a server that
 * ignores the page number.
 */
interface NextPageRule<P> {

    /**
     * Checks {@code page} (the one requested as {@code pageNumber}) and says whether to fetch the next.
     *
     * @throws dev.dynamicroutes.error.PaginationException when the page shows the server is not paging
     */
    boolean hasNextAfter(P page, int pageNumber);
}
