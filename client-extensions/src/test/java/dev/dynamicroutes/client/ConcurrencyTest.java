package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.ServerException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by 32 threads: single calls, paginated walks and errors, all at once. */
class ConcurrencyTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(64))
            .build();

    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = 10;

    static String path(String gateway) {
        return "/client/v4/accounts/" + ACCOUNT + "/ai-gateway/gateways/" + gateway + "/routes";
    }

    @Test
    void thirtyTwoThreadsShareOneClient() throws Exception {
        // each gateway has its own routes, so a response delivered to the wrong caller is detected
        for (int t = 0; t < THREADS; t++) {
            String gw = "gw-" + t;
            server.stubFor(get(urlPathEqualTo(path(gw)))
                    .withQueryParam("page", equalTo("1"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withHeader("cf-ray", "ray-" + gw)
                            .withBody(TestBodies.page(1, 2, List.of(gw + "-a", gw + "-b")))));
            server.stubFor(get(urlPathEqualTo(path(gw)))
                    .withQueryParam("page", equalTo("2"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody(TestBodies.page(2, 2, List.of(gw + "-c")))));
        }
        // always failing with a retryable 503: every call must make exactly 1 + 2 attempts, whatever the
        // other threads do (retry state is per call)
        server.stubFor(get(urlPathMatching(".*/gateways/flaky-.*"))
                .willReturn(aResponse()
                        .withStatus(503)
                        .withHeader("Retry-After", "0")
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.cloudflareError(1, "overloaded"))));
        server.stubFor(get(urlPathMatching(".*/gateways/missing-.*"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.cloudflareError(7003, "no such gateway"))));
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                .build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            String gw = "gw-" + t;
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                int checks = 0;
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    switch ((thread + i) % 4) {
                        case 0 -> {
                            RoutesPage page = client.listRoutes(ACCOUNT, gw, 1, 2);
                            assertThat(page.routes()).extracting(Route::id).containsExactly(gw + "-a", gw + "-b");
                            assertThat(page.cfRay()).contains("ray-" + gw);
                        }
                        case 1 ->
                            assertThat(client
                                            .listRoutesPaginator(
                                                    ACCOUNT,
                                                    gw,
                                                    PaginationOptions.builder()
                                                            .pageSize(2)
                                                            .build())
                                            .routes()
                                            .stream()
                                            .map(Route::id)
                                            .toList())
                                    .containsExactly(gw + "-a", gw + "-b", gw + "-c");
                        case 2 -> {
                            try {
                                client.listRoutes(ACCOUNT, "flaky-" + gw, 1, 2);
                                throw new AssertionError("expected 503");
                            } catch (ServerException e) {
                                assertThat(e.request().path()).contains("flaky-" + gw);
                            }
                        }
                        default -> {
                            try {
                                client.listRoutes(ACCOUNT, "missing-" + gw, 1, 2);
                                throw new AssertionError("expected 404");
                            } catch (NotFoundException e) {
                                assertThat(e.request().path()).contains("missing-" + gw);
                            }
                        }
                    }
                    checks++;
                }
                return checks;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
            total += result.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(total).isEqualTo(THREADS * CALLS_PER_THREAD);
        int flakyCalls = 0;
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                flakyCalls += (t + i) % 4 == 2 ? 1 : 0;
            }
        }
        assertThat(server.findAll(getRequestedFor(urlPathMatching(".*/gateways/flaky-.*")))
                        .size())
                .isEqualTo(flakyCalls * 3);
    }
}
