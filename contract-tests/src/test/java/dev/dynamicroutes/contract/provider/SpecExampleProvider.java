package dev.dynamicroutes.contract.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for the provider that answers ONLY from the spec's documented examples, so
 * replaying the consumer's pact against it checks the examples and the consumer's expectations
 * against each other (not the pact against itself). Provider states select the answer:
 *
 * <table>
 *   <caption>answers</caption>
 *   <tr><th>method</th><th>status</th><th>body: spec example</th><th>added by the stub</th></tr>
 *   <tr><td>{@link #answerWithRouteOfAllElementTypes()}</td><td>200</td><td>{@code allElementTypes}</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithReferencePage()}</td><td>200</td><td>{@code referencePage}</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithPagesOf(int)}</td><td>200</td><td>derived from {@code allElementTypes}, see there</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithBadRequest()}</td><td>400</td><td>{@code badRequest}</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithError(int)}</td><td>401, 403, 5xx</td><td>{@code error} (common envelope)</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithError(int)}</td><td>404</td><td>{@code notFound}</td><td>-</td></tr>
 *   <tr><td>{@link #answerWithRateLimit(int)}</td><td>429</td><td>{@code rateLimited}</td>
 *       <td>the {@code Retry-After} value: the spec declares the header (example 30 s); the replay asks
 *       for a short one because Pact's verifier honours it</td></tr>
 * </table>
 *
 * Independently of the state, a request for another path gets 404 and a request without one complete
 * auth scheme gets 401 (both with the {@code error} example), as the real API would answer: a pact
 * that lost its path or credentials does not replay.
 */
final class SpecExampleProvider implements AutoCloseable {

    private final SpecExamples examples;
    private final Pattern routesPath;
    private final HttpServer server;
    private volatile Function<Map<String, String>, Answer> answer;

    /** One response: status, extra headers, JSON body. */
    record Answer(int status, Map<String, String> headers, JsonNode body) {}

    private SpecExampleProvider(SpecExamples examples) throws IOException {
        this.examples = examples;
        // /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes -> one non-empty segment per parameter
        this.routesPath = Pattern.compile("^" + examples.pathTemplate().replaceAll("\\{[^/}]+}", "[^/]+") + "$");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.server.createContext("/", this::handle);
        reset();
    }

    /** Starts the stub on an ephemeral loopback port. */
    static SpecExampleProvider start(SpecExamples examples) throws IOException {
        SpecExampleProvider provider = new SpecExampleProvider(examples);
        provider.server.start();
        return provider;
    }

    /** Forgets the state's answer: until the next state is set every request gets a 500, so an interaction whose state has no handler cannot pass on a leftover answer. */
    void reset() {
        answerWithError(500);
    }

    int port() {
        return server.getAddress().getPort();
    }

    void answerWithRouteOfAllElementTypes() {
        JsonNode body = examples.example(200, "allElementTypes");
        answer = query -> new Answer(200, Map.of(), body);
    }

    void answerWithReferencePage() {
        JsonNode body = examples.example(200, "referencePage");
        answer = query -> new Answer(200, Map.of(), body);
    }

    /**
     * Pages of a gateway with {@code totalRoutes} routes. The spec has no multi-page example, so the
     * page is DERIVED from {@code allElementTypes}, by this documented rule: keep its envelope
     * ({@code success}, {@code order_by}, {@code order_by_direction}); set {@code page} and
     * {@code per_page} to the requested values (default: the example's own); fill {@code routes} with
     * {@code min(per_page, totalRoutes - (page - 1) * per_page)} copies (never fewer than 0) of the
     * example's route, the n-th route of the gateway (1-based) getting {@code id} and {@code name}
     * suffixed with {@code "-n"} so pages differ. Nothing else is changed.
     */
    void answerWithPagesOf(int totalRoutes) {
        ObjectNode example = (ObjectNode) examples.example(200, "allElementTypes");
        ObjectNode exampleRoute =
                (ObjectNode) example.path("data").path("routes").get(0);
        int defaultPage = example.path("data").path("page").asInt();
        int defaultPerPage = example.path("data").path("per_page").asInt();
        answer = query -> {
            int page = intParam(query, "page", defaultPage);
            int perPage = intParam(query, "per_page", defaultPerPage);
            ObjectNode body = example.deepCopy();
            ObjectNode data = (ObjectNode) body.path("data");
            data.put("page", page);
            data.put("per_page", perPage);
            ArrayNode routes = data.putArray("routes");
            int first = (page - 1) * perPage;
            int count = Math.max(0, Math.min(perPage, totalRoutes - first));
            for (int i = 0; i < count; i++) {
                int n = first + i + 1;
                ObjectNode route = exampleRoute.deepCopy();
                route.put("id", exampleRoute.path("id").asText() + "-" + n);
                route.put("name", exampleRoute.path("name").asText() + "-" + n);
                routes.add(route);
            }
            return new Answer(200, Map.of(), body);
        };
    }

    void answerWithBadRequest() {
        JsonNode body = examples.example(400, "badRequest");
        answer = query -> new Answer(400, Map.of(), body);
    }

    /** {@code status} with its example: {@code notFound} for 404, else the common envelope's {@code error}. */
    void answerWithError(int status) {
        JsonNode body = status == 404 ? examples.example(404, "notFound") : examples.example(401, "error");
        answer = query -> new Answer(status, Map.of(), body);
    }

    /** 429 with the {@code rateLimited} example and a {@code Retry-After} of the given seconds. */
    void answerWithRateLimit(int retryAfterSeconds) {
        JsonNode body = examples.example(429, "rateLimited");
        answer = query -> new Answer(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), body);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer reply;
            if (!routesPath.matcher(exchange.getRequestURI().getRawPath()).matches()
                    || !"GET".equals(exchange.getRequestMethod())) {
                reply = new Answer(404, Map.of(), examples.example(404, "notFound"));
            } else if (!hasOneCompleteAuthScheme(exchange)) {
                reply = new Answer(401, Map.of(), examples.example(401, "error"));
            } else {
                try {
                    reply = answer.apply(query(exchange.getRequestURI().getRawQuery()));
                } catch (IllegalArgumentException e) {
                    reply = new Answer(400, Map.of(), examples.example(400, "badRequest"));
                }
            }
            byte[] bytes = reply.body().toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static boolean hasOneCompleteAuthScheme(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        boolean bearer = authorization != null && authorization.startsWith("Bearer ") && authorization.length() > 7;
        boolean legacy = exchange.getRequestHeaders().getFirst("X-Auth-Email") != null
                && exchange.getRequestHeaders().getFirst("X-Auth-Key") != null;
        return bearer || legacy;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&", -1)) {
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

    private static int intParam(Map<String, String> query, String name, int fallback) {
        String value = query.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("query parameter " + name + " is not an integer: " + value, e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "SpecExampleProvider{port=" + port() + '}';
    }
}
