package dev.dynamicroutes.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-process List Dynamic Routes server on 127.0.0.1 (the JDK's own HTTP server, no extra
 * dependency) serving {@code totalRoutes} routes of {@link RoutePages}, paged by {@code page} and
 * {@code per_page} as the real API does, with a {@code cf-ray} header. Requests without credentials
 * get a 401, so every client measured really sends them.
 *
 * <p>{@link #pregenerated} builds each page once and then serves the same bytes (the server costs
 * next to nothing, so the client is what is measured); {@link #onTheFly} generates every page per
 * request and keeps none (so a memory measurement sees only what the client retains).
 */
final class RoutesServer implements AutoCloseable {

    static final String BASE_PATH = "/client/v4";
    static final String ROUTES_PATH =
            BASE_PATH + "/accounts/" + RoutePages.ACCOUNT + "/ai-gateway/gateways/" + RoutePages.GATEWAY + "/routes";

    private final HttpServer server;
    private final int totalRoutes;
    private final Map<Long, byte[]> cache;
    private final AtomicLong requests = new AtomicLong();

    private RoutesServer(int totalRoutes, boolean keepPages) throws IOException {
        this.totalRoutes = totalRoutes;
        this.cache = keepPages ? new ConcurrentHashMap<>() : null;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(ROUTES_PATH, this::handle);
        server.start();
    }

    /** A server that generates each page once and serves it from memory afterwards. */
    static RoutesServer pregenerated(int totalRoutes) throws IOException {
        return new RoutesServer(totalRoutes, true);
    }

    /** A server that generates every page on request and keeps nothing. */
    static RoutesServer onTheFly(int totalRoutes) throws IOException {
        return new RoutesServer(totalRoutes, false);
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:40123/client/v4}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    /** The URL of one page. */
    URI pageUri(int page, int perPage) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ROUTES_PATH + "?page=" + page
                + "&per_page=" + perPage);
    }

    /** Requests answered so far. */
    long requests() {
        return requests.get();
    }

    /** The body served for one page (generated, not from the cache). */
    byte[] body(int page, int perPage) {
        long first = (long) (page - 1) * perPage;
        int onPage = (int) Math.max(0, Math.min(perPage, totalRoutes - first));
        return RoutePages.page(page, perPage, onPage);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            requests.incrementAndGet();
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                reply(
                        exchange,
                        401,
                        "{\"success\":false,\"errors\":[{\"code\":10000,\"message\":\"Authentication error\"}]}"
                                .getBytes(StandardCharsets.UTF_8));
                return;
            }
            int page = 1;
            int perPage = 20;
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                for (String pair : query.split("&", -1)) {
                    if (pair.startsWith("page=")) {
                        page = Integer.parseInt(pair.substring(5));
                    } else if (pair.startsWith("per_page=")) {
                        perPage = Integer.parseInt(pair.substring(9));
                    }
                }
            }
            int p = page;
            int size = perPage;
            byte[] body =
                    cache == null ? body(p, size) : cache.computeIfAbsent(((long) p << 32) | size, k -> body(p, size));
            reply(exchange, 200, body);
        } catch (RuntimeException e) {
            // a bad query in a benchmark is a bug in the benchmark: make it loud on both sides
            e.printStackTrace();
            throw e;
        }
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("cf-ray", "8e1f2a3b4c5d6e7f-LHR");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
