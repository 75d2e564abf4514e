package dev.dynamicroutes.usage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.AuthenticationException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.PermissionDeniedException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.pagination.RoutesPaginator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's client examples, run against a loopback server from code that sees the public API
 * only (this package sees nothing package-private): what they print is checked here, while
 * {@code examples/…/ReadmeSnippetsCompileTest} compiles the README's blocks verbatim. If an example
 * in the README stops working, change both.
 */
class ReadmeExamplesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    static final String ROUTE = "{\"id\":\"%s\",\"account_tag\":\"acc\",\"name\":\"%s\",\"gateway_id\":\"54442216\","
            + "\"created_at\":\"2025-03-04T10:15:30.123Z\",\"modified_at\":\"2025-03-05T08:00:00Z\","
            + "\"deployment\":{\"deployment_id\":\"d\",\"version_id\":\"v\",\"created_at\":\"x\"},"
            + "\"version\":{\"version_id\":\"v\",\"data\":\"{}\",\"created_at\":\"x\",\"active\":\"true\"},"
            + "\"elements\":[{\"id\":\"s\",\"type\":\"start\",\"outputs\":{\"next\":{\"elementId\":\"m\"}}},"
            + "{\"id\":\"m\",\"type\":\"model\",\"outputs\":{\"success\":{\"elementId\":\"e\"},\"fallback\":{\"elementId\":\"e\"}},"
            + "\"properties\":{\"provider\":\"openai\",\"model\":\"gpt-4o\",\"retries\":1,\"timeout\":30}},"
            + "{\"id\":\"e\",\"type\":\"end\",\"outputs\":{}}]}";

    final String accountId = "0d37909e38d3e99c29fa2cd343ac421a";
    final String gatewayId = "54442216";
    final String token = "readme-token";
    String baseUrl;
    final List<String> printed = new ArrayList<>();

    static String page(int page, int perPage, String... ids) {
        List<String> routes = new ArrayList<>();
        for (String id : ids) {
            routes.add(String.format(ROUTE, id, "prod-" + id));
        }
        return "{\"success\":true,\"data\":{\"order_by\":\"created_at\",\"order_by_direction\":\"desc\",\"page\":"
                + page + ",\"per_page\":" + perPage + ",\"routes\":[" + String.join(",", routes) + "]}}";
    }

    @BeforeEach
    void serve() {
        baseUrl = server.baseUrl() + "/client/v4";
        String path = "/client/v4/accounts/" + accountId + "/ai-gateway/gateways/" + gatewayId + "/routes";
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("page", equalTo("1"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withHeader("cf-ray", "ray-1")
                        .withBody(page(1, 2, "a", "b"))));
        server.stubFor(get(urlPathEqualTo(path))
                .withQueryParam("page", equalTo("2"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(page(2, 2, "c"))));
        server.stubFor(
                get(urlPathMatching(".*/gateways/unknown/routes"))
                        .willReturn(
                                aResponse()
                                        .withStatus(404)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"success\":false,\"errors\":[{\"code\":7003,\"message\":\"No route for that URI\"}]}")));
    }

    @Test
    void creatingAClient() {
        Map<String, String> env = Map.of("CLOUDFLARE_API_TOKEN", token, "CLOUDFLARE_BASE_URL", baseUrl);

        DynamicRoutesClient withToken =
                DynamicRoutesClient.builder().apiToken(token).baseUrl(baseUrl).build();
        DynamicRoutesClient withKey = DynamicRoutesClient.builder()
                .apiKey("ops@example.com", "global-key")
                .baseUrl(baseUrl)
                .build();
        DynamicRoutesClient fromEnv =
                DynamicRoutesClient.builder().environment(env::get).fromEnv().build();

        for (DynamicRoutesClient client : List.of(withToken, withKey, fromEnv)) {
            assertThat(client.listRoutes(accountId, gatewayId, 1, 50).routes()).hasSize(2);
        }
    }

    @Test
    void listingAndIterating() {
        DynamicRoutesClient client =
                DynamicRoutesClient.builder().apiToken(token).baseUrl(baseUrl).build();

        RoutesPage page = client.listRoutes(accountId, gatewayId, 1, 50);
        for (Route route : page.routes()) {
            printed.add(
                    route.id() + " " + route.name() + ": " + route.elements().size() + " elements");
        }
        printed.add("page " + page.page() + ", per page " + page.perPage()
                + ", ordered by " + page.orderBy().orElse("?") + " "
                + page.orderByDirection().orElse("")
                + ", cf-ray " + page.cfRay().orElse("-"));

        RoutesPaginator paginator = client.listRoutesPaginator(
                accountId, gatewayId, PaginationOptions.builder().pageSize(2).build());
        for (Route route : paginator.routes()) {
            printed.add(route.id());
        }
        long models = paginator.routes().stream()
                .flatMap(route -> route.elements().stream())
                .filter(element -> element.type().equals("model"))
                .count();
        for (RoutesPage p : paginator) {
            printed.add("page " + p.page() + ": " + p.routes().size() + " routes");
        }

        assertThat(printed)
                .containsExactly(
                        "a prod-a: 3 elements",
                        "b prod-b: 3 elements",
                        "page 1, per page 2, ordered by created_at desc, cf-ray ray-1",
                        "a",
                        "b",
                        "c",
                        "page 1: 2 routes",
                        "page 2: 1 routes");
        assertThat(models).isEqualTo(3);
    }

    @Test
    void handlingErrors() {
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .apiToken(token)
                .baseUrl(baseUrl)
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(20))
                .overallTimeout(Duration.ofMinutes(1))
                .maxRetries(4)
                .build();

        try {
            client.listRoutes(accountId, "unknown", 1, 50);
        } catch (NotFoundException e) {
            printed.add("no such account or gateway: " + e.errors());
        } catch (AuthenticationException | PermissionDeniedException e) {
            printed.add("check the token (cf-ray " + e.cfRay().orElse("-") + ")");
        } catch (RateLimitException e) {
            printed.add("rate limited; wait " + e.retryAfter().orElse(null));
        } catch (ApiResponseException e) {
            printed.add("HTTP " + e.statusCode() + " " + e.errors() + " cf-ray "
                    + e.cfRay().orElse("-"));
        } catch (ApiConnectionException e) {
            printed.add("Cloudflare unreachable: " + e.getMessage());
        }

        assertThat(printed).containsExactly("no such account or gateway: [7003: No route for that URI]");
    }
}
