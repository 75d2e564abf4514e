package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.EMAIL;
import static dev.dynamicroutes.client.TestClients.KEY;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.StartElement;
import dev.dynamicroutes.pagination.RoutesPage;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Construction (token, email + key, environment) and one call, against a loopback WireMock server. */
class DynamicRoutesClientTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    @BeforeEach
    void serveOnePage() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json; charset=utf-8")
                        .withHeader("cf-ray", "8f1e2d3c4b5a6978-AMS")
                        .withBody(TestBodies.page(2, 25, List.of("r1", "r2")))));
    }

    String base() {
        return server.baseUrl() + "/client/v4";
    }

    @Test
    void listsOnePageWithTypedRoutesPagingFieldsAndCfRay() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();

        RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY, 2, 25);

        assertThat(page.routes()).extracting(Route::id).containsExactly("r1", "r2");
        assertThat(page.routes().get(0).name()).isEqualTo("route-r1");
        assertThat(page.routes().get(0).elements().get(0)).isInstanceOf(StartElement.class);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.perPage()).isEqualTo(25);
        assertThat(page.orderBy()).contains("created_at");
        assertThat(page.orderByDirection()).contains("desc");
        assertThat(page.cfRay()).contains("8f1e2d3c4b5a6978-AMS");
        server.verify(
                1,
                getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                        .withQueryParam("page", equalTo("2"))
                        .withQueryParam("per_page", equalTo("25"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withHeader("X-Auth-Email", absent())
                        .withHeader("X-Auth-Key", absent())
                        .withHeader("Accept", equalTo("application/json"))
                        .withHeader(
                                "User-Agent",
                                matching("dynamic-routes-client-java/" + Pattern.quote(expectedProjectVersion())
                                        + " \\(Java .+\\)")));
    }

    @Test
    void withoutPagingArgumentsSendsNoPagingQuery() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();

        RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY);

        assertThat(page.routes()).hasSize(2);
        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withoutQueryParam("page")
                .withoutQueryParam("per_page"));
    }

    @Test
    void emailAndKeySendBothKeyHeadersAndNoBearer() {
        DynamicRoutesClient client =
                DynamicRoutesClient.builder().baseUrl(base()).apiKey(EMAIL, KEY).build();

        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("X-Auth-Email", equalTo(EMAIL))
                .withHeader("X-Auth-Key", equalTo(KEY))
                .withHeader("Authorization", absent()));
    }

    @Test
    void lastExplicitSchemeWins() {
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .baseUrl(base())
                .apiKey(EMAIL, KEY)
                .apiToken(TOKEN)
                .build();

        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Auth-Email", absent())
                .withHeader("X-Auth-Key", absent()));
    }

    @Test
    void fromEnvReadsTokenAndBaseUrl() {
        Map<String, String> env = Map.of("CLOUDFLARE_API_TOKEN", TOKEN, "CLOUDFLARE_BASE_URL", base());

        DynamicRoutesClient.builder().environment(env::get).fromEnv().build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Auth-Key", absent()));
    }

    @Test
    void fromEnvReadsEmailAndKey() {
        Map<String, String> env =
                Map.of("CLOUDFLARE_EMAIL", EMAIL, "CLOUDFLARE_API_KEY", KEY, "CLOUDFLARE_BASE_URL", base());

        DynamicRoutesClient.builder().environment(env::get).fromEnv().build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("X-Auth-Email", equalTo(EMAIL))
                .withHeader("X-Auth-Key", equalTo(KEY))
                .withHeader("Authorization", absent()));
    }

    @Test
    void environmentWithBothSchemesSendsOnlyTheToken() {
        Map<String, String> env = Map.of(
                "CLOUDFLARE_API_TOKEN",
                TOKEN,
                "CLOUDFLARE_EMAIL",
                EMAIL,
                "CLOUDFLARE_API_KEY",
                KEY,
                "CLOUDFLARE_BASE_URL",
                base());

        DynamicRoutesClient.builder().environment(env::get).fromEnv().build().listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Auth-Email", absent())
                .withHeader("X-Auth-Key", absent()));
    }

    @Test
    void explicitSettingsWinOverTheEnvironment() {
        // the environment points elsewhere and holds email + key: neither may be used (cloudflare-typescript #2454)
        Map<String, String> env = Map.of(
                "CLOUDFLARE_EMAIL",
                "env@example.com",
                "CLOUDFLARE_API_KEY",
                "env-key",
                "CLOUDFLARE_BASE_URL",
                "https://env.invalid/client/v4");

        DynamicRoutesClient.builder()
                .environment(env::get)
                .fromEnv()
                .apiToken(TOKEN)
                .baseUrl(base())
                .build()
                .listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("X-Auth-Email", absent())
                .withHeader("X-Auth-Key", absent()));
    }

    @Test
    void buildingWithoutCredentialsSaysWhatToSet() {
        assertThatThrownBy(() -> DynamicRoutesClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLOUDFLARE_API_TOKEN")
                .hasMessageContaining("CLOUDFLARE_EMAIL")
                .hasMessageContaining("CLOUDFLARE_API_KEY")
                .hasMessageContaining("apiToken");
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .environment(Map.<String, String>of()::get)
                        .fromEnv()
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY");
        Map<String, String> emailOnly = Map.of("CLOUDFLARE_EMAIL", EMAIL);
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .environment(emailOnly::get)
                        .fromEnv()
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLOUDFLARE_API_KEY is missing")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(EMAIL));
    }

    @Test
    void defaultHeadersAreSentButCannotCarryCredentials() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .defaultHeader("X-Team", "routing")
                .build();

        client.listRoutes(ACCOUNT, GATEWAY, 1, 50);

        server.verify(getRequestedFor(urlPathEqualTo(ROUTES_PATH)).withHeader("X-Team", equalTo("routing")));
        assertThatThrownBy(() -> DynamicRoutesClient.builder().defaultHeader("authorization", "Bearer x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiToken");
        assertThatThrownBy(() -> DynamicRoutesClient.builder().defaultHeader("X-Auth-Key", "k"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder().defaultHeader("X-Evil", "a\r\nX-Injected: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badArgumentsFailBeforeAnyRequest() {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();

        for (String blank : new String[] {null, "", "   ", "\t"}) {
            assertThatThrownBy(() -> client.listRoutes(blank, GATEWAY, 1, 50))
                    .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class)
                    .hasMessageContaining("accountId");
            assertThatThrownBy(() -> client.listRoutes(ACCOUNT, blank))
                    .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class)
                    .hasMessageContaining("gatewayId");
            assertThatThrownBy(() -> client.listRoutesPaginator(blank, GATEWAY))
                    .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class)
                    .hasMessageContaining("accountId");
        }
        assertThatThrownBy(() -> client.listRoutes(ACCOUNT, GATEWAY, 0, 50))
                .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class);
        assertThatThrownBy(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 0))
                .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiToken(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiToken("abc\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("abc");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void toStringsNeverShowSecrets() {
        DynamicRoutesClient.Builder builder =
                DynamicRoutesClient.builder().baseUrl(base()).apiKey(EMAIL, KEY);
        DynamicRoutesClient client = builder.build();
        DynamicRoutesClient tokenClient =
                DynamicRoutesClient.builder().baseUrl(base()).apiToken(TOKEN).build();

        for (String s : List.of(
                builder.toString(),
                client.toString(),
                tokenClient.toString(),
                Credentials.apiToken(TOKEN).toString(),
                Credentials.emailAndApiKey(EMAIL, KEY).toString())) {
            assertThat(s).doesNotContain(TOKEN).doesNotContain(KEY).doesNotContain(EMAIL);
        }
        assertThat(client.toString()).contains("EMAIL_AND_API_KEY").contains(base());
    }

    /** The version the build is making (surefire passes it), so a version change needs no edit here. */
    static String expectedProjectVersion() {
        return Objects.requireNonNull(
                System.getProperty("expected.project.version"), "expected.project.version (set by the pom's surefire)");
    }
}
