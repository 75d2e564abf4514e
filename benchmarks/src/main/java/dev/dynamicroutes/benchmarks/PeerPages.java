package dev.dynamicroutes.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the peer benchmark's pages to a directory for {@code benchmarks/peer/pages-server.mjs}: the
 * same {@link RoutePages} generator as the JMH fixtures, so the Node server, the JMH paging benchmark
 * and the memory run walk the same bytes.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.dynamicroutes.benchmarks.PeerPages \
 *     --routes 10000 --per-page 50 --out benchmarks/target/peer-pages
 * }</pre>
 *
 * <p>It writes {@code page-1.json} … {@code page-N.json} (every full page, then the short or empty
 * page that ends a walk) and {@code manifest.json} naming the account, gateway, page size and count.
 */
public final class PeerPages {

    private PeerPages() {}

    public static void main(String[] args) throws IOException {
        int routes = 10_000;
        int perPage = 50;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--routes" -> routes = Integer.parseInt(args[++i]);
                case "--per-page" -> perPage = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i] + "; use --routes N --per-page N --out DIR");
            }
        }
        if (out == null || routes < 0 || perPage < 1) {
            throw new IllegalArgumentException("--out DIR is required, --routes >= 0, --per-page >= 1");
        }
        Files.createDirectories(out);
        // a walk stops on the first page shorter than per_page: after the full pages comes one more
        int pages = routes / perPage + 1;
        for (int page = 1; page <= pages; page++) {
            int onPage = Math.max(0, Math.min(perPage, routes - (page - 1) * perPage));
            Files.write(out.resolve("page-" + page + ".json"), RoutePages.page(page, perPage, onPage));
        }
        Files.writeString(
                out.resolve("manifest.json"),
                "{\"account\": \"" + RoutePages.ACCOUNT + "\", \"gateway\": \"" + RoutePages.GATEWAY
                        + "\", \"routes\": " + routes + ", \"perPage\": " + perPage + ", \"pages\": " + pages
                        + ", \"elementsPerRoute\": " + RoutePages.ELEMENTS_PER_ROUTE + "}\n");
    }
}
