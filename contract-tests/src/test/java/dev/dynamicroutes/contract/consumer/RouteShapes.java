package dev.dynamicroutes.contract.consumer;

import au.com.dius.pact.consumer.dsl.LambdaDslJsonArray;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.Matchers;

/**
 * The response shapes the client relies on, as Pact matchers: types and wire names are pinned, the
 * sample values are only examples (the provider may send any id, name, number or timestamp of the
 * right shape). Each element kind is pinned by its literal {@code type} value inside an
 * {@code arrayContaining}, because an {@code elements} array mixes kinds and {@code eachLike} would
 * force every item into one shape. Map-shaped outputs ({@code percentage}, {@code end}) use the V4
 * each-key / each-value matchers.
 */
final class RouteShapes {

    /** ISO-8601 date-time as the API sends it, e.g. {@code 2025-03-04T10:15:30.123Z}. */
    static final String DATE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";
    /** Output and branch names of map-shaped outputs: any non-empty key. */
    private static final String OUTPUT_NAME = ".+";

    private RouteShapes() {}

    /** The page envelope: {@code order_by}, {@code order_by_direction}, {@code page}, {@code per_page}. */
    static void pageFields(LambdaDslObject data, int page, int perPage) {
        data.stringType("order_by", "created_at")
                .stringType("order_by_direction", "desc")
                .integerType("page", page)
                .integerType("per_page", perPage);
    }

    /** Route fields shared by every interaction; {@code idExample} keeps examples of different pages apart. */
    static void routeFields(LambdaDslObject route, String idExample) {
        route.stringType("id", idExample)
                .stringType("account_tag", "0d37909e38d3e99c29fa2cd343ac421a")
                .stringType("name", "premium-routing")
                .stringType("gateway_id", "54442216")
                .stringMatcher("created_at", DATE_TIME, "2025-03-04T10:15:30.123Z")
                .stringMatcher("modified_at", DATE_TIME, "2025-03-05T08:00:00.000Z");
    }

    /** {@code deployment} with its optional {@code comment}. */
    static void deploymentWithComment(LambdaDslObject route) {
        route.object(
                "deployment",
                d -> d.stringType("deployment_id", "dep-7f3a")
                        .stringType("version_id", "ver-0002")
                        .stringType("created_at", "2025-03-04 10:20:00") // a plain string on the wire, not a date-time
                        .stringType("comment", "Canary for the premium tier"));
    }

    /** {@code deployment} without the optional {@code comment}. */
    static void deploymentWithoutComment(LambdaDslObject route) {
        route.object(
                "deployment",
                d -> d.stringType("deployment_id", "dep-7f3a")
                        .stringType("version_id", "ver-0002")
                        .stringType("created_at", "2025-03-04 10:20:00"));
    }

    /** {@code version} with {@code is_valid} and a null {@code comment}; {@code active} is the STRING "true"/"false". */
    static void versionWithOptionalFields(LambdaDslObject route, String active) {
        route.object(
                "version",
                v -> v.stringType("version_id", "ver-0002")
                        .stringType("data", "{}")
                        .stringType("created_at", "2025-03-04 10:19:00")
                        .stringMatcher("active", "true|false", active)
                        .booleanType("is_valid", true)
                        .nullValue("comment"));
    }

    /** {@code version} without the optional {@code is_valid} and {@code comment}. */
    static void versionWithoutOptionalFields(LambdaDslObject route, String active) {
        route.object(
                "version",
                v -> v.stringType("version_id", "ver-0001")
                        .stringType("data", "{}")
                        .stringType("created_at", "2025-03-04 10:19:00")
                        .stringMatcher("active", "true|false", active));
    }

    /** An {@code elements} array containing (at least) one element of each of the six kinds. */
    static void allSixElementKinds(LambdaDslObject route) {
        route.arrayContaining("elements", elements -> {
            start(elements);
            elements.object(e -> e.stringType("id", "is-premium")
                    .stringValue("type", "conditional")
                    .object(
                            "outputs",
                            o -> o.object("true", ref -> ref.stringType("elementId", "premium-limit"))
                                    .object("false", ref -> ref.stringType("elementId", "split")))
                    .object("properties")); // conditions: free-form JSON, optional; the client passes it through
            elements.object(e -> e.stringType("id", "split")
                    .stringValue("type", "percentage")
                    .object(
                            "outputs",
                            o -> o.eachKeyMatching(Matchers.regexp(OUTPUT_NAME, "canary"))
                                    .eachValueMatching("canary", ref -> ref.stringType("elementId", "claude"))));
            elements.object(e -> e.stringType("id", "premium-limit")
                    .stringValue("type", "rate")
                    .object("outputs", RouteShapes::successAndFallback)
                    .object(
                            "properties",
                            p -> p.stringType("key", "metadata.user_id")
                                    .numberType("limit", 1000)
                                    .stringMatcher("limitType", "count|cost", "count")
                                    .numberType("window", 3600)));
            elements.object(e -> e.stringType("id", "gpt")
                    .stringValue("type", "model")
                    .object("outputs", RouteShapes::successAndFallback)
                    .object(
                            "properties",
                            p -> p.stringType("provider", "openai")
                                    .stringType("model", "gpt-4o-mini")
                                    .numberType("retries", 2)
                                    .numberType("timeout", 30000)));
            elements.object(e -> e.stringType("id", "end")
                    .stringValue("type", "end")
                    .object(
                            "outputs",
                            o -> o.eachKeyMatching(Matchers.regexp(OUTPUT_NAME, "done"))
                                    .eachValueMatching("done", ref -> ref.stringType("elementId", "start"))));
        });
    }

    /** An {@code elements} array containing (at least) a {@code start} element. */
    static void startElement(LambdaDslObject route) {
        route.arrayContaining("elements", RouteShapes::start);
    }

    private static void start(LambdaDslJsonArray elements) {
        elements.object(e -> e.stringType("id", "start")
                .stringValue("type", "start")
                .object("outputs", o -> o.object("next", ref -> ref.stringType("elementId", "is-premium"))));
    }

    private static void successAndFallback(LambdaDslObject outputs) {
        outputs.object("success", ref -> ref.stringType("elementId", "end"))
                .object("fallback", ref -> ref.stringType("elementId", "claude"));
    }
}
