package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link RoutesPage} as a value, built the only way users get one (decoded from a response of a
 * loopback server): equal when every field is equal, different when any one field differs, and the
 * short {@code toString} its javadoc describes. Also the paginator's {@code toString}.
 */
class RoutesPageValueTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
            .maxRetries(0)
            .build();

    static String body(int page, int perPage, List<String> ids, String orderBy, String direction) {
        List<String> routes = new ArrayList<>();
        ids.forEach(id -> routes.add(TestBodies.route(id)));
        return "{\"success\":true,\"data\":{\"order_by\":\"" + orderBy + "\",\"order_by_direction\":\"" + direction
                + "\",\"page\":" + page + ",\"per_page\":" + perPage + ",\"routes\":[" + String.join(",", routes)
                + "]}}";
    }

    /** Serves {@code body} (with {@code cfRay} unless empty) for requests of page {@code requested}. */
    void serve(int requested, String body, String cfRay) {
        ResponseDefinitionBuilder response = aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
        if (!cfRay.isEmpty()) {
            response = response.withHeader("cf-ray", cfRay);
        }
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", equalTo(String.valueOf(requested)))
                .willReturn(response));
    }

    RoutesPage fetch(int requested) {
        return client.listRoutes(ACCOUNT, GATEWAY, requested, 3);
    }

    @Test
    void pagesAreEqualExactlyWhenEveryFieldIsEqual() {
        String base = body(1, 3, List.of("r0", "r1"), "created_at", "desc");
        serve(1, base, "8a1b2c3d4e5f6789-AMS");
        serve(2, base, "8a1b2c3d4e5f6789-AMS");
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("page", body(2, 3, List.of("r0", "r1"), "created_at", "desc"));
        variants.put("per_page", body(1, 4, List.of("r0", "r1"), "created_at", "desc"));
        variants.put("routes", body(1, 3, List.of("r0", "r2"), "created_at", "desc"));
        variants.put("order_by", body(1, 3, List.of("r0", "r1"), "name", "desc"));
        variants.put("order_by_direction", body(1, 3, List.of("r0", "r1"), "created_at", "asc"));
        int requested = 3;
        for (String body : variants.values()) {
            serve(requested++, body, "8a1b2c3d4e5f6789-AMS");
        }
        serve(requested, base, "8a1b2c3d4e5f6789-LHR");
        serve(requested + 1, base, "");

        RoutesPage first = fetch(1);
        RoutesPage same = fetch(2);
        Map<String, Boolean> equalToFirst = new LinkedHashMap<>();
        @SuppressWarnings("SelfEquals") // reflexivity is part of the contract under test
        boolean reflexive = first.equals(first);
        equalToFirst.put("itself", reflexive);
        equalToFirst.put("the same response again", first.equals(same) && same.equals(first));
        int page = 3;
        for (String field : variants.keySet()) {
            equalToFirst.put("other " + field, first.equals(fetch(page++)));
        }
        equalToFirst.put("other cf-ray", first.equals(fetch(page++)));
        equalToFirst.put("no cf-ray", first.equals(fetch(page)));
        equalToFirst.put("not a page", first.equals((Object) first.toString()));

        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("itself", true);
        expected.put("the same response again", true);
        for (String field : variants.keySet()) {
            expected.put("other " + field, false);
        }
        expected.put("other cf-ray", false);
        expected.put("no cf-ray", false);
        expected.put("not a page", false);
        assertThat(equalToFirst).containsExactlyEntriesOf(expected);
        assertThat(first.hashCode()).isEqualTo(same.hashCode());
        assertThat(first.hashCode()).isNotEqualTo(fetch(5).hashCode()); // other routes
    }

    @Test
    void toStringIsAShortSummaryWithTheCfRayWhenThereIsOne() {
        serve(1, body(1, 3, List.of("r0", "r1"), "created_at", "desc"), "8a1b2c3d4e5f6789-AMS");
        serve(2, body(2, 3, List.of("r2"), "created_at", "desc"), "");

        assertThat(fetch(1)).hasToString("RoutesPage{page=1, perPage=3, routes=2, cfRay=8a1b2c3d4e5f6789-AMS}");
        assertThat(fetch(2)).hasToString("RoutesPage{page=2, perPage=3, routes=1}");
    }

    @Test
    void aPaginatorNamesItsOptions() {
        assertThat(client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(7).maxPages(12).build()))
                .hasToString("RoutesPaginator{PaginationOptions{pageSize=7, maxPages=12}}");
    }
}
