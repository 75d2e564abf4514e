package dev.dynamicroutes.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/** The paging walkers and the memory run do what the benchmarks claim, against the real loopback server. */
class PagingAndMemoryTest {

    // JMH's documented way to get a Blackhole outside a benchmark run
    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    // 20 full pages and the empty page 21: the same walk as the benchmark's, shorter
    private static final int ROUTES = 1_000;
    private static final int PAGES = ROUTES / PagingBenchmark.PER_PAGE + 1;

    private static PagingBenchmark paging;

    @BeforeAll
    static void startServer() throws Exception {
        paging = new PagingBenchmark();
        paging.routes = ROUTES;
        paging.setUp(BLACKHOLE); // itself fails unless all three walkers see every route
    }

    @AfterAll
    static void stopServer() {
        paging.tearDown();
    }

    @Test
    void thePaginatorWalksEveryRouteAndStopsAfterTheEmptyPage() {
        long before = paging.server.requests();

        assertThat(paging.paginator(BLACKHOLE)).isEqualTo(ROUTES);
        assertThat(paging.server.requests() - before).isEqualTo(PAGES);
    }

    @Test
    void theRawLoopsWalkTheSamePages() throws Exception {
        long before = paging.server.requests();

        assertThat(paging.rawLoop(BLACKHOLE)).isEqualTo(ROUTES);
        assertThat(paging.rawLoopTypedRoutes(BLACKHOLE)).isEqualTo(ROUTES);
        assertThat(paging.server.requests() - before).isEqualTo(2L * PAGES);
    }

    @Test
    void theServerRefusesRequestsWithoutCredentials() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(paging.server.pageUri(1, 50)).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theMemoryRunWalksEveryRouteAndMeasuresOnePage() throws Exception {
        Map<String, Object> result = MemoryRun.run(1_000);

        assertThat(result).containsEntry("routesWalked", 1_000L).containsEntry("pages", 20);
        // 2 single-page calls before the walk, 20 full pages, then the empty page 21
        assertThat(result).containsEntry("requests", 23L);
        assertThat((Long) result.get("onePageRetainedBytes"))
                .isGreaterThan((long) (Integer) result.get("onePageWireBytes"));
        assertThat((Integer) result.get("liveHeapSamples")).isEqualTo(1);
    }
}
