package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.RequestNotSentException;
import dev.dynamicroutes.pagination.PaginationOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Per-call request options reach the wire; closed clients refuse calls. */
class RequestOptionsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    @BeforeEach
    void serveOnePage() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.page(1, 50, List.of("r1")))));
    }

    @Test
    void extraQueryParametersAndHeadersAreSentEncoded() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .defaultHeader("X-Team", "routing")
                .build();
        RequestOptions options = RequestOptions.builder()
                .queryParameter("order_by", "name")
                .queryParameter("filter", "a b&c=d")
                .header("X-Team", "per-call")
                .header("X-Request-Id", "42")
                .build();

        client.listRoutes(ACCOUNT, GATEWAY, 2, 10, options);

        server.verify(
                1,
                getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                        .withQueryParam("page", equalTo("2"))
                        .withQueryParam("per_page", equalTo("10"))
                        .withQueryParam("order_by", equalTo("name"))
                        .withQueryParam("filter", equalTo("a b&c=d"))
                        .withHeader("X-Team", equalTo("per-call"))
                        .withHeader("X-Request-Id", equalTo("42"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
                .as("page and per_page keep their place; extra parameters follow, percent-encoded")
                .startsWith(ROUTES_PATH + "?page=2&per_page=10&")
                .contains("filter=a%20b%26c%3Dd")
                .contains("order_by=name");
    }

    @Test
    void optionsApplyToEveryPageOfAWalkAndWithoutPaging() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();
        RequestOptions options =
                RequestOptions.builder().queryParameter("order_by", "name").build();

        client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(50).build(),
                        options)
                .routes()
                .forEach(route -> {});
        client.listRoutes(ACCOUNT, GATEWAY, options);

        server.verify(2, getRequestedFor(urlPathEqualTo(ROUTES_PATH)).withQueryParam("order_by", equalTo("name")));
        server.verify(
                1,
                getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                        .withQueryParam("page", absent())
                        .withQueryParam("order_by", equalTo("name")));
    }

    @Test
    void aPerCallTimeoutReplacesTheOverallTimeout() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withFixedDelay(3_000)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.page(1, 50, List.of("r1")))));
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .baseUrl(server.baseUrl() + "/client/v4")
                .apiToken(TOKEN)
                .logLevel(LogLevel.NONE)
                .maxRetries(0)
                .build();

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> client.listRoutes(
                ACCOUNT,
                GATEWAY,
                1,
                50,
                RequestOptions.builder().timeout(Duration.ofMillis(300)).build()));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
        assertThat(tookMillis).isLessThan(2_500);
    }

    @Test
    void reservedNamesAreRefusedWhenTheOptionsAreBuilt() {
        assertThatThrownBy(() -> RequestOptions.builder().queryParameter("page", "2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "Bearer x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Authorization")
                .hasMessageNotContaining("Bearer x");
        assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "a\r\nX-B: b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RequestOptions.builder()
                        .header("X-Secret", "hunter2")
                        .build()
                        .toString())
                .contains("x-secret")
                .doesNotContain("hunter2");
    }

    @Test
    void aClosedClientRefusesCallsWithATypedException() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();
        client.close();

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT, GATEWAY))
                .isInstanceOf(RequestNotSentException.class)
                .hasMessageContaining("closed");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void badArgumentsAreTypedAndNameTheArgument() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();

        assertThatThrownBy(() -> client.listRoutes(ACCOUNT, GATEWAY, 0, 10))
                .isInstanceOf(RequestNotSentException.class)
                .hasMessageContaining("page must be at least 1");
        assertThatThrownBy(() -> client.listRoutes("..", GATEWAY))
                .isInstanceOf(RequestNotSentException.class)
                .hasMessageContaining("accountId");
        assertThat(server.getAllServeEvents()).isEmpty();
    }
}
