package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Realistic List Dynamic Routes response bodies, generated deterministically.
 *
 * <p>Every route has {@value #ELEMENTS_PER_ROUTE} elements covering all six types (1 start, 2
 * conditional, 1 rate, 1 percentage, 4 model, 3 end) forming a valid graph, and, as the real API
 * does, every element writes {@code type} as its LAST field, so a type-dispatching decoder cannot
 * pick the class up front and must buffer the element. Route fields follow the API's shape (wire
 * names, date-time strings, {@code active} as the string {@code "true"}).
 */
final class RoutePages {

    static final int ELEMENTS_PER_ROUTE = 12;
    static final String ACCOUNT = "0d37909e38d3e99c29fa2cd343ac421a";
    static final String GATEWAY = "54442216";

    private static final JsonFactory JSON = new JsonFactory();

    private RoutePages() {}

    /**
     * One page: {@code routesOnPage} routes numbered from {@code (page - 1) * perPage}, with the echoed
     * {@code page} and {@code per_page}.
     */
    static byte[] page(int page, int perPage, int routesOnPage) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(routesOnPage * 3_600 + 256);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeBooleanField("success", true);
            g.writeObjectFieldStart("data");
            g.writeStringField("order_by", "created_at");
            g.writeStringField("order_by_direction", "desc");
            g.writeNumberField("page", page);
            g.writeNumberField("per_page", perPage);
            g.writeArrayFieldStart("routes");
            long first = (long) (page - 1) * perPage;
            for (int i = 0; i < routesOnPage; i++) {
                writeRoute(g, first + i);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One page with at least {@code minBytes} of JSON (same route shape, as many routes as needed). */
    static byte[] pageOfAtLeast(int minBytes) {
        int oneRoute = page(1, 1, 1).length;
        int routes = Math.max(1, minBytes / oneRoute);
        byte[] page = page(1, routes, routes);
        while (page.length < minBytes) {
            routes++;
            page = page(1, routes, routes);
        }
        return page;
    }

    private static void writeRoute(JsonGenerator g, long n) throws IOException {
        String version = String.format("ver-%08x", n * 7 + 2);
        int day = (int) (n % 28) + 1;
        g.writeStartObject();
        g.writeStringField("id", String.format("01JC9Z4V9X6QK7QK%010d", n));
        g.writeStringField("account_tag", ACCOUNT);
        g.writeStringField("created_at", String.format("2025-03-%02dT10:15:30.123Z", day));
        g.writeObjectFieldStart("deployment");
        g.writeStringField("created_at", String.format("2025-03-%02d 10:20:00", day));
        g.writeStringField("deployment_id", String.format("dep-%08x", n));
        g.writeStringField("version_id", version);
        g.writeStringField("comment", "Canary for the premium tier");
        g.writeEndObject();
        g.writeArrayFieldStart("elements");
        writeElements(g, n);
        g.writeEndArray();
        g.writeStringField("gateway_id", GATEWAY);
        g.writeStringField("modified_at", String.format("2025-03-%02dT08:00:00.000+02:00", day));
        g.writeStringField("name", "premium-routing-" + n);
        g.writeObjectFieldStart("version");
        g.writeStringField("active", n % 3 == 0 ? "false" : "true");
        g.writeStringField("created_at", String.format("2025-03-%02d 10:19:00", day));
        g.writeStringField("data", "{}");
        g.writeStringField("version_id", version);
        g.writeBooleanField("is_valid", true);
        g.writeNullField("comment");
        g.writeEndObject();
        g.writeEndObject();
    }

    /** start → tier? → (premium: rate → gpt | other: region? → split → claude/gpt/mistral/llama) → ends. */
    private static void writeElements(JsonGenerator g, long n) throws IOException {
        start(g, "start", "is-premium");
        conditional(g, "is-premium", "premium-limit", "is-eu", "metadata.tier", "premium");
        rate(g, "premium-limit", "gpt", "end-limited", 1000 + n % 100);
        conditional(g, "is-eu", "mistral", "split", "metadata.region", "eu");
        percentage(g, "split");
        model(g, "gpt", "end", "claude", "openai", "gpt-4o-mini", 2, 30000);
        model(g, "claude", "end", "end-failed", "anthropic", "claude-3-5-haiku-latest", 1, 45000);
        model(g, "mistral", "end", "llama", "mistral", "mistral-small-latest", 2, 20000);
        model(g, "llama", "end", "end-failed", "workers-ai", "@cf/meta/llama-3.1-8b-instruct", 0, 15000);
        end(g, "end");
        end(g, "end-limited");
        end(g, "end-failed");
    }

    private static void start(JsonGenerator g, String id, String next) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        ref(g, "next", next);
        g.writeEndObject();
        g.writeStringField("type", "start");
        g.writeEndObject();
    }

    private static void conditional(
            JsonGenerator g, String id, String onTrue, String onFalse, String field, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        ref(g, "true", onTrue);
        ref(g, "false", onFalse);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeObjectFieldStart("conditions");
        g.writeObjectFieldStart(field);
        g.writeStringField("$eq", value);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("type", "conditional");
        g.writeEndObject();
    }

    private static void rate(JsonGenerator g, String id, String success, String fallback, long limit)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        ref(g, "success", success);
        ref(g, "fallback", fallback);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("key", "metadata.user_id");
        g.writeNumberField("limit", limit);
        g.writeStringField("limitType", "count");
        g.writeNumberField("window", 3600);
        g.writeEndObject();
        g.writeStringField("type", "rate");
        g.writeEndObject();
    }

    private static void percentage(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        ref(g, "canary", "claude");
        ref(g, "stable", "gpt");
        ref(g, "experiment", "llama");
        g.writeEndObject();
        g.writeStringField("type", "percentage");
        g.writeEndObject();
    }

    private static void model(
            JsonGenerator g,
            String id,
            String success,
            String fallback,
            String provider,
            String model,
            int retries,
            int timeout)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        ref(g, "success", success);
        ref(g, "fallback", fallback);
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("provider", provider);
        g.writeStringField("model", model);
        g.writeNumberField("retries", retries);
        g.writeNumberField("timeout", timeout);
        g.writeEndObject();
        g.writeStringField("type", "model");
        g.writeEndObject();
    }

    private static void end(JsonGenerator g, String id) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("outputs");
        g.writeEndObject();
        g.writeStringField("type", "end");
        g.writeEndObject();
    }

    private static void ref(JsonGenerator g, String name, String elementId) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("elementId", elementId);
        g.writeEndObject();
    }
}
