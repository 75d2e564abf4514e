package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiResponseException;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Decisions {@link DynamicRoutesClient.Builder#build()} and {@link DynamicRoutesClient#close()}
 * make that show only later: which transport setting a supplied {@code HttpClient} clashes with,
 * that retries wait with jitter unless a test replaces it, and that closing a client gives back its
 * lease of the shared {@code HttpClient}.
 */
class BuilderDecisionsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    @Test
    void aSuppliedHttpClientRefusesEachTransportSettingNamingTheFirstInBuilderOrder() throws Exception {
        HttpClient own = HttpClient.newHttpClient();
        SSLContext tls = SSLContext.getDefault();
        ProxySelector proxy = ProxySelector.of(null);
        List<UnaryOperator<DynamicRoutesClient.Builder>> settings = List.of(
                b -> b,
                b -> b.connectTimeout(Duration.ofSeconds(3)),
                b -> b.sslContext(tls),
                b -> b.proxy(proxy),
                b -> b.proxy(proxy).sslContext(tls),
                b -> b.proxy(proxy).sslContext(tls).connectTimeout(Duration.ofSeconds(3)));
        List<String> table = new ArrayList<>();
        for (UnaryOperator<DynamicRoutesClient.Builder> setting : settings) {
            Throwable thrown = catchThrowable(() -> setting.apply(
                            DynamicRoutesClient.builder().apiToken("t").httpClient(own))
                    .build()
                    .close());
            table.add(thrown == null ? "built" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage());
        }

        String hint = " cannot be combined with httpClient(...): configure it on that HttpClient";
        assertThat(table)
                .containsExactly(
                        "built",
                        "IllegalArgumentException: connectTimeout" + hint,
                        "IllegalArgumentException: sslContext" + hint,
                        "IllegalArgumentException: proxy" + hint,
                        "IllegalArgumentException: sslContext" + hint,
                        "IllegalArgumentException: connectTimeout" + hint);
    }

    @Test
    void retriesWaitWithJitterByDefault() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH)).willReturn(TestClients.error(500)));
        TestClients.FakeTime time = new TestClients.FakeTime();
        int retries = 4;
        try (DynamicRoutesClient client = DynamicRoutesClient.builder()
                .logLevel(LogLevel.NONE)
                .baseUrl(server.baseUrl() + "/client/v4")
                .apiToken(TestClients.TOKEN)
                .clock(time)
                .sleeper(time.sleeper)
                .maxRetries(retries)
                .build()) {
            assertThat(catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50)))
                    .isInstanceOf(ApiResponseException.class);
        }

        // each wait is the backoff shortened by up to a quarter; all of them unshortened would take a
        // random draw below 0.004 four times in a row (about 1 in 10^10)
        List<Duration> full = new ArrayList<>();
        List<Duration> shortest = new ArrayList<>();
        for (int retry = 1; retry <= retries; retry++) {
            full.add(BackoffRetryer.delay(retry, null, 0.0));
            shortest.add(BackoffRetryer.delay(retry, null, 1.0));
        }
        assertThat(time.waits).hasSize(retries);
        for (int i = 0; i < retries; i++) {
            assertThat(time.waits.get(i)).isBetween(shortest.get(i), full.get(i));
        }
        assertThat(time.waits).isNotEqualTo(full);
    }

    @Test
    void closingAClientGivesBackItsLeaseOfTheSharedHttpClient() {
        // a connect timeout no other test uses: the shared client for it is this test's own
        Duration connect = Duration.ofMillis(98_001);
        SharedHttpClients.Config config = new SharedHttpClients.Config(connect, null, null);
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .apiToken(TestClients.TOKEN)
                .connectTimeout(connect)
                .build();
        SharedHttpClients.acquire(config);

        client.close();
        // the test's own lease is the only one left: releasing it once works, a second time is refused
        SharedHttpClients.release(config);
        Throwable again = catchThrowable(() -> SharedHttpClients.release(config));

        assertThat(again).isInstanceOf(IllegalStateException.class).hasMessage("released more often than acquired");
    }
}
