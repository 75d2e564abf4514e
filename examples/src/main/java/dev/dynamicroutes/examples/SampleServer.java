package dev.dynamicroutes.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.testing.FakeDynamicRoutesServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sample data of the demo, served by the test-support artifact's {@link FakeDynamicRoutesServer}
 * (the same server users embed in their tests): seven routes (every element type, an element type
 * from the future, an inactive version, one broken graph) over several pages, because it caps
 * {@code per_page} at {@value #MAX_PER_PAGE} as a real server may. It checks the bearer token like the
 * real API and answers 401 with Cloudflare's error envelope.
 */
final class SampleServer implements AutoCloseable {

    static final String ACCOUNT_ID = "0d37909e38d3e99c29fa2cd343ac421a";
    static final String GATEWAY_ID = "54442216";
    static final String TOKEN = "sample-token";
    static final int MAX_PER_PAGE = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeDynamicRoutesServer server;

    SampleServer() {
        List<String> routes = new ArrayList<>();
        for (ObjectNode route : sampleRoutes()) {
            routes.add(route.toString());
        }
        server = FakeDynamicRoutesServer.builder()
                .apiToken(TOKEN)
                .maxPerPage(MAX_PER_PAGE)
                .routesJson(ACCOUNT_ID, GATEWAY_ID, routes)
                .start();
    }

    /** The base URL to give the client, e.g. {@code http://127.0.0.1:41234/client/v4}. */
    String baseUrl() {
        return server.baseUrl();
    }

    int requests() {
        return server.requests().size();
    }

    @Override
    public void close() {
        server.close();
    }

    // --- sample data ---

    private static List<ObjectNode> sampleRoutes() {
        List<ObjectNode> routes = new ArrayList<>();
        routes.add(route(
                1,
                "premium-routing",
                true,
                start("start", "is-premium"),
                conditional("is-premium", "premium-limit", "split", "metadata.tier", "premium"),
                rate("premium-limit", "metadata.user_id", "1000", "count", 3600, "gpt", "end-limited"),
                percentage("split", Map.of("canary", "claude", "stable", "gpt")),
                model("gpt", "openai", "gpt-4o-mini", 2, 30000, "end", "claude"),
                model("claude", "anthropic", "claude-3-5-haiku-latest", 1, 45000, "end", "end-limited"),
                end("end"),
                end("end-limited")));
        routes.add(route(
                2,
                "canary-split",
                true,
                start("start", "split"),
                percentage("split", Map.of("a", "model-a", "b", "model-b")),
                model("model-a", "openai", "gpt-4o", 1, 20000, "end", "end"),
                model("model-b", "workers-ai", "@cf/meta/llama-3.1-8b-instruct", 0, 10000, "end", "end"),
                end("end")));
        routes.add(route(
                3,
                "cost-capped-chat",
                true,
                start("start", "budget"),
                rate("budget", "metadata.team", "25.5", "cost", 86400, "chat", "over-budget"),
                model("chat", "anthropic", "claude-3-5-sonnet-latest", 2, 60000, "end", "over-budget"),
                end("end"),
                end("over-budget")));
        routes.add(route(
                4,
                "broken-draft",
                false,
                start("start", "primary"),
                model("primary", "openai", "gpt-4o-mini", 1, 30000, "end", "missing-fallback"),
                end("end"),
                end("orphan-end")));
        ObjectNode cache = JSON.createObjectNode().put("id", "cache");
        cache.putObject("outputs").set("miss", ref("chat"));
        ((ObjectNode) cache.get("outputs")).set("hit", ref("end"));
        cache.putObject("properties").put("ttl", 300);
        cache.put("type", "cache"); // an element type this client does not know: kept, shown, re-serialised
        routes.add(route(
                5,
                "future-elements",
                true,
                start("start", "cache"),
                cache,
                model("chat", "openai", "gpt-4o-mini", 2, 30000, "end", "end"),
                end("end")));
        routes.add(route(
                6,
                "simple",
                true,
                start("start", "chat"),
                model("chat", "openai", "gpt-4o-mini", 0, 15000, "end", "end"),
                end("end")));
        routes.add(route(
                7,
                "old-version",
                false,
                start("start", "chat"),
                model("chat", "openai", "gpt-3.5-turbo", 3, 30000, "end", "end"),
                end("end")));
        return routes;
    }

    private static ObjectNode route(int n, String name, boolean active, ObjectNode... elements) {
        ObjectNode route = JSON.createObjectNode()
                .put("id", String.format("01JD%022d", n))
                .put("account_tag", ACCOUNT_ID)
                .put("created_at", String.format("2025-0%d-01T09:00:00.000Z", n))
                .put("gateway_id", GATEWAY_ID)
                .put("modified_at", String.format("2025-0%d-02T17:30:00.000Z", n))
                .put("name", name);
        route.putObject("deployment")
                .put("created_at", String.format("2025-0%d-02 17:31:00", n))
                .put("deployment_id", "dep-" + n)
                .put("version_id", "ver-" + n + "-2");
        route.putObject("version")
                .put("active", active ? "true" : "false")
                .put("created_at", String.format("2025-0%d-02 17:30:00", n))
                .put("data", "{}")
                .put("version_id", "ver-" + n + "-2")
                .put("is_valid", !name.startsWith("broken"));
        ArrayNode list = route.putArray("elements");
        for (ObjectNode element : elements) {
            list.add(element);
        }
        return route;
    }

    private static ObjectNode ref(String id) {
        return JSON.createObjectNode().put("elementId", id);
    }

    // as the real API does, "type" is written last
    private static ObjectNode start(String id, String next) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        e.putObject("outputs").set("next", ref(next));
        return e.put("type", "start");
    }

    private static ObjectNode conditional(String id, String whenTrue, String whenFalse, String field, String equals) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        ObjectNode outputs = e.putObject("outputs");
        outputs.set("true", ref(whenTrue));
        outputs.set("false", ref(whenFalse));
        e.putObject("properties").putObject("conditions").putObject(field).put("$eq", equals);
        return e.put("type", "conditional");
    }

    private static ObjectNode percentage(String id, Map<String, String> branches) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        ObjectNode outputs = e.putObject("outputs");
        branches.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(b -> outputs.set(b.getKey(), ref(b.getValue())));
        return e.put("type", "percentage");
    }

    private static ObjectNode rate(
            String id, String key, String limit, String limitType, int window, String success, String fallback) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        ObjectNode outputs = e.putObject("outputs");
        outputs.set("success", ref(success));
        outputs.set("fallback", ref(fallback));
        e.putObject("properties")
                .put("key", key)
                .put("limit", new java.math.BigDecimal(limit))
                .put("limitType", limitType)
                .put("window", window);
        return e.put("type", "rate");
    }

    private static ObjectNode model(
            String id, String provider, String model, int retries, int timeout, String success, String fallback) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        ObjectNode outputs = e.putObject("outputs");
        outputs.set("success", ref(success));
        outputs.set("fallback", ref(fallback));
        e.putObject("properties")
                .put("provider", provider)
                .put("model", model)
                .put("retries", retries)
                .put("timeout", timeout);
        return e.put("type", "model");
    }

    private static ObjectNode end(String id) {
        ObjectNode e = JSON.createObjectNode().put("id", id);
        e.putObject("outputs");
        return e.put("type", "end");
    }
}
