package dev.dynamicroutes.client;

import java.util.ArrayList;
import java.util.List;

/** Response bodies shaped like the real API's, built as text. */
final class TestBodies {

    static final String ACCOUNT = "0d37909e38d3e99c29fa2cd343ac421a";
    static final String GATEWAY = "54442216";
    static final String ROUTES_PATH = "/client/v4/accounts/" + ACCOUNT + "/ai-gateway/gateways/" + GATEWAY + "/routes";

    private TestBodies() {}

    /** A valid route with a start element pointing at an end element. */
    static String route(String id) {
        return "{\"id\":\"" + id + "\",\"account_tag\":\"" + ACCOUNT + "\",\"name\":\"route-" + id + "\","
                + "\"gateway_id\":\"" + GATEWAY + "\",\"created_at\":\"2025-03-04T10:15:30.123Z\","
                + "\"modified_at\":\"2025-03-05T08:00:00Z\","
                + "\"deployment\":{\"deployment_id\":\"dep-1\",\"version_id\":\"ver-1\",\"created_at\":\"2025-03-04 10:20:00\"},"
                + "\"version\":{\"version_id\":\"ver-1\",\"data\":\"{}\",\"created_at\":\"2025-03-04 10:19:00\",\"active\":\"true\"},"
                + "\"elements\":[{\"id\":\"start\",\"type\":\"start\",\"outputs\":{\"next\":{\"elementId\":\"end\"}}},"
                + "{\"id\":\"end\",\"type\":\"end\",\"outputs\":{}}]}";
    }

    /** A success body with the given route ids and echoed paging fields. */
    static String page(int page, int perPage, List<String> ids) {
        List<String> routes = new ArrayList<>();
        ids.forEach(id -> routes.add(route(id)));
        return "{\"success\":true,\"data\":{\"order_by\":\"created_at\",\"order_by_direction\":\"desc\"," + "\"page\":"
                + page + ",\"per_page\":" + perPage + ",\"routes\":[" + String.join(",", routes) + "]}}";
    }

    /** Route ids "r{from}" .. "r{to - 1}". */
    static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("r" + i);
        }
        return ids;
    }

    static String cloudflareError(int code, String message) {
        return "{\"success\":false,\"errors\":[{\"code\":" + code + ",\"message\":\"" + message + "\"}],"
                + "\"messages\":[],\"result\":null}";
    }
}
