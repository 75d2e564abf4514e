package dev.dynamicroutes.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A loopback stand-in for the Dynamic Routes API, for the tests of code that uses the client. It
 * serves the routes you give it for each account and gateway with real paging ({@code page},
 * {@code per_page}, a per-page cap like a real server's, echoed paging fields), checks either
 * authentication scheme (API token or email + global API key), answers unknown paths with 404 and bad
 * credentials with 401 in Cloudflare's error envelope, and answers with injected {@link Failure}s
 * (status, {@code Retry-After}, slow responses) when asked.
 *
 * <pre>{@code
 * try (FakeDynamicRoutesServer server = FakeDynamicRoutesServer.builder()
 *         .apiToken("test-token")
 *         .routesJson("acc", "gw", List.of(FakeDynamicRoutesServer.simpleRouteJson("r1", "chat")))
 *         .start();
 *     DynamicRoutesClient client = server.clientBuilder().build()) {
 *   assertEquals(1, client.listRoutes("acc", "gw").routes().size());
 * }
 * }</pre>
 *
 * <p>Thread-safe: several clients may call it at once. Plain HTTP on 127.0.0.1 only (the client allows
 * plain HTTP to loopback).
 */
public final class FakeDynamicRoutesServer implements AutoCloseable {

    /** The token accepted when none is configured. */
    public static final String DEFAULT_TOKEN = "test-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE_PATH = "/client/v4";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Builder config;
    private final Map<String, List<JsonNode>> gateways = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    private FakeDynamicRoutesServer(Builder config) throws IOException {
        this.config = config;
        reset();
        this.executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "fake-dynamic-routes-server");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@return a builder: token {@value #DEFAULT_TOKEN}, no routes, at most 50 routes per page} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a server with the defaults, started} */
    public static FakeDynamicRoutesServer start() {
        return builder().start();
    }

    /** {@return the base URL to give the client, e.g. {@code http://127.0.0.1:41234/client/v4}} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH;
    }

    /**
     * A client builder pointed at this server with its credentials (the token, else email + key) and no
     * retries, so a test sees each failure; adjust it before {@code build()}.
     *
     * @return this builder
     */
    public DynamicRoutesClient.Builder clientBuilder() {
        DynamicRoutesClient.Builder builder =
                DynamicRoutesClient.builder().baseUrl(baseUrl()).maxRetries(0);
        return config.token != null
                ? builder.apiToken(config.token)
                : builder.apiKey(Objects.requireNonNull(config.email), Objects.requireNonNull(config.key));
    }

    /**
     * Replaces the routes of a gateway; they are served in this order.
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param routes the routes to serve, in order
     */
    public void routes(String accountId, String gatewayId, List<Route> routes) {
        List<JsonNode> json = new ArrayList<>(routes.size());
        for (Route route : routes) {
            json.add(RouteJson.newObjectMapper().valueToTree(route));
        }
        gateways.put(key(accountId, gatewayId), List.copyOf(json));
    }

    /**
     * Replaces the routes of a gateway with routes given as JSON objects (the API's wire format).
     *
     * @param accountId the Cloudflare account id
     * @param gatewayId the AI Gateway id
     * @param routes each route as a JSON object, served as given
     */
    public void routesJson(String accountId, String gatewayId, List<String> routes) {
        gateways.put(key(accountId, gatewayId), parse(routes));
    }

    /**
     * Answers the next request with {@code failure}; several calls queue several failures, one per request.
     *
     * @param failure what to answer the next request with
     */
    public void failNext(Failure failure) {
        failures.add(Objects.requireNonNull(failure, "failure"));
    }

    /** {@return every request received since the start or the last {@link #reset()}, in order} */
    public List<RecordedRequest> requests() {
        return Collections.unmodifiableList(new ArrayList<>(requests));
    }

    /** Back to the routes given to the builder; queued failures and recorded requests are dropped. */
    public void reset() {
        gateways.clear();
        config.gateways.forEach(gateways::put);
        failures.clear();
        requests.clear();
    }

    /** Stops the server; idempotent. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            requests.add(new RecordedRequest(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), query, headers(exchange)));
            exchange.getResponseHeaders()
                    .add("cf-ray", String.format("%016x-FAKE", 0x7f00_0000L + counter.incrementAndGet()));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            Failure failure = failures.poll();
            if (failure != null) {
                sleep(failure.delay());
                if (failure.statusCode() < 200 || failure.statusCode() > 299) {
                    failure.retryAfter()
                            .ifPresent(wait ->
                                    exchange.getResponseHeaders().add("Retry-After", Long.toString(wait.toSeconds())));
                    send(exchange, failure.statusCode(), error(failure.errorCode(), failure.errorMessage()));
                    return;
                }
            }
            String path = exchange.getRequestURI().getRawPath();
            List<JsonNode> routes = "GET".equals(exchange.getRequestMethod()) ? gateways.get(routesKey(path)) : null;
            if (routes == null) {
                send(
                        exchange,
                        404,
                        error(7003, "Could not route to " + path + ", perhaps your object identifier is invalid?"));
                return;
            }
            if (!authenticated(exchange)) {
                send(exchange, 401, error(10000, "Authentication error"));
                return;
            }
            Integer page = positive(query.get("page"), 1);
            Integer perPage = positive(query.get("per_page"), config.defaultPerPage);
            if (page == null || perPage == null) {
                // as the real endpoint: a 400 whose errors carry no code
                ObjectNode body = JSON.createObjectNode().put("success", false);
                body.putArray("errors").addObject().put("message", page == null ? "Invalid page" : "Invalid per_page");
                body.putObject("result");
                send(exchange, 400, body);
                return;
            }
            int size = Math.min(perPage, config.maxPerPage);
            ObjectNode body = JSON.createObjectNode().put("success", true);
            ObjectNode data = body.putObject("data")
                    .put("order_by", "created_at")
                    .put("order_by_direction", "asc")
                    .put("page", page)
                    .put("per_page", size);
            ArrayNode list = data.putArray("routes");
            long from = (long) (page - 1) * size;
            for (long i = from; i < Math.min(routes.size(), from + size); i++) {
                list.add(routes.get((int) i));
            }
            send(exchange, 200, body);
        }
    }

    private boolean authenticated(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (config.token != null && ("Bearer " + config.token).equals(authorization)) {
            return true;
        }
        return config.email != null
                && config.email.equals(exchange.getRequestHeaders().getFirst("X-Auth-Email"))
                && Objects.equals(config.key, exchange.getRequestHeaders().getFirst("X-Auth-Key"));
    }

    private static String key(String accountId, String gatewayId) {
        return BASE_PATH + "/accounts/" + encode(accountId) + "/ai-gateway/gateways/" + encode(gatewayId) + "/routes";
    }

    private static String routesKey(String rawPath) {
        return rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
    }

    /** Percent-encoding as the client sends an id: everything but unreserved characters. */
    private static String encode(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((Character.isLetterOrDigit(c) && c < 0x80) || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return headers;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static ObjectNode error(int code, String message) {
        ObjectNode body = JSON.createObjectNode().put("success", false);
        body.putArray("errors").addObject().put("code", code).put("message", message);
        body.putArray("messages");
        body.putNull("result");
        return body;
    }

    private static Map<String, String> query(@Nullable String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&", -1)) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }

    /** The value as a positive int, the fallback when absent, null when present but not a positive int. */
    private static @Nullable Integer positive(@Nullable String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            return parsed >= 1 ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<JsonNode> parse(List<String> routes) {
        List<JsonNode> parsed = new ArrayList<>(routes.size());
        for (String route : routes) {
            try {
                JsonNode node = JSON.readTree(route);
                if (!node.isObject()) {
                    throw new IllegalArgumentException("a route must be a JSON object: " + route);
                }
                parsed.add(node);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("a route is not valid JSON: " + e.getOriginalMessage(), e);
            }
        }
        return List.copyOf(parsed);
    }

    /**
     * A valid route as JSON: a start element leading to an end element. Handy for fixtures where only
     * ids and names matter.
     *
     * <pre>{@code
     * server.routesJson("acc", "gw", List.of(FakeDynamicRoutesServer.simpleRouteJson("r1", "chat")));
     * }</pre>
     *
     * @param id the route id
     * @param name the route name
     * @return a valid route as JSON: a start element leading to an end element
     */
    public static String simpleRouteJson(String id, String name) {
        ObjectNode route = JSON.createObjectNode()
                .put("id", id)
                .put("account_tag", "fake-account")
                .put("created_at", "2025-01-01T09:00:00.000Z")
                .put("gateway_id", "fake-gateway")
                .put("modified_at", "2025-01-02T17:30:00.000Z")
                .put("name", name);
        route.putObject("deployment")
                .put("created_at", "2025-01-02 17:31:00")
                .put("deployment_id", "dep-" + id)
                .put("version_id", "ver-" + id);
        route.putObject("version")
                .put("active", "true")
                .put("created_at", "2025-01-02 17:30:00")
                .put("data", "{}")
                .put("version_id", "ver-" + id);
        ArrayNode elements = route.putArray("elements");
        ObjectNode start = elements.addObject().put("id", "start");
        start.putObject("outputs").putObject("next").put("elementId", "end");
        start.put("type", "start");
        ObjectNode end = elements.addObject().put("id", "end");
        end.putObject("outputs");
        end.put("type", "end");
        try {
            return JSON.writeValueAsString(route);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Configures a {@link FakeDynamicRoutesServer}. Not thread-safe.
     *
     * <pre>{@code
     * FakeDynamicRoutesServer server = FakeDynamicRoutesServer.builder()
     *     .apiKey("ops@example.com", "test-key")
     *     .maxPerPage(3)
     *     .routesJson("acc", "gw", routes)
     *     .start();
     * }</pre>
     */
    public static final class Builder {
        private @Nullable String token = DEFAULT_TOKEN;
        private @Nullable String email;
        private @Nullable String key;
        private int maxPerPage = 50;
        private int defaultPerPage = 20;
        private final Map<String, List<JsonNode>> gateways = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Accepts this API token ({@code Authorization: Bearer …}).
         *
         * @param token the API token to accept
         * @return this builder
         */
        public Builder apiToken(String token) {
            this.token = Objects.requireNonNull(token, "token");
            return this;
        }

        /**
         * Accepts this email and global API key; with only this set, tokens are refused.
         *
         * @param email the account email to accept
         * @param key the global API key to accept
         * @return this builder
         */
        public Builder apiKey(String email, String key) {
            this.email = Objects.requireNonNull(email, "email");
            this.key = Objects.requireNonNull(key, "key");
            if (DEFAULT_TOKEN.equals(token)) {
                token = null;
            }
            return this;
        }

        /**
         * The most routes one page holds, whatever {@code per_page} asks (a real server may cap it).
         *
         * @param maxPerPage the largest {@code per_page} honoured
         * @return this builder
         */
        public Builder maxPerPage(int maxPerPage) {
            if (maxPerPage < 1) {
                throw new IllegalArgumentException("maxPerPage must be at least 1, was " + maxPerPage);
            }
            this.maxPerPage = maxPerPage;
            return this;
        }

        /**
         * The page size when a request sends no {@code per_page}; default 20.
         *
         * @param defaultPerPage the page size when the request sends none
         * @return this builder
         */
        public Builder defaultPerPage(int defaultPerPage) {
            if (defaultPerPage < 1) {
                throw new IllegalArgumentException("defaultPerPage must be at least 1, was " + defaultPerPage);
            }
            this.defaultPerPage = defaultPerPage;
            return this;
        }

        /**
         * The routes of a gateway, as JSON objects; {@link FakeDynamicRoutesServer#reset()} returns to them.
         *
         * @param accountId the Cloudflare account id
         * @param gatewayId the AI Gateway id
         * @param routes each route as a JSON object, served as given
         * @return this builder
         */
        public Builder routesJson(String accountId, String gatewayId, List<String> routes) {
            gateways.put(key(accountId, gatewayId), parse(routes));
            return this;
        }

        /**
         * Starts the server on a free loopback port.
         *
         * @return the started server
         */
        public FakeDynamicRoutesServer start() {
            try {
                return new FakeDynamicRoutesServer(this);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the fake server", e);
            }
        }
    }
}
