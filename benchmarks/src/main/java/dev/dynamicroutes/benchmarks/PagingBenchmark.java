package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.pagination.PaginationOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 2, paging end to end on loopback: one operation walks all {@value #ROUTES} routes,
 * {@value #PER_PAGE} per page (200 full pages, then the empty page 201 that tells both walkers to
 * stop), from an in-process {@link RoutesServer} serving pre-generated pages of {@link RoutePages}.
 *
 * <ul>
 *   <li>{@link #paginator} (a): {@code DynamicRoutesClient.listRoutesPaginator(...).routes()} with
 *       the client's defaults (Feign over {@code java.net.http.HttpClient}, retries, typed errors,
 *       typed routes, repeated-page guard);
 *   <li>{@link #rawLoop} (b, the baseline): the minimal loop a user could write instead: the JDK
 *       {@code HttpClient}, Jackson into the plain generated models bound monomorphically
 *       ({@link PlainModels}), stop on a short page; no validation, no typed elements, no retries;
 *   <li>{@link #rawLoopTypedRoutes} (b'): the same raw loop decoding with our {@code RouteJson} mapper
 *       straight into typed routes ({@link TypedPage}), which splits (a)/(b) into "typed decoding" and
 *       "client plumbing".
 * </ul>
 * Target: (a) at most 1.05 × (b).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
public class PagingBenchmark {

    static final int ROUTES = 10_000;
    static final int PER_PAGE = 50;

    /** The routes walked per operation; tests lower it to stay fast. */
    int routes = ROUTES;

    RoutesServer server;
    private DynamicRoutesClient client;
    private PaginationOptions options;
    private HttpClient http;
    private ObjectMapper plain;
    private ObjectMapper ours;

    @Setup
    public void setUp(Blackhole check) throws Exception {
        server = RoutesServer.pregenerated(routes);
        client = DynamicRoutesClient.builder()
                .apiToken("benchmark-token")
                .baseUrl(server.baseUrl())
                .build();
        options = PaginationOptions.builder().pageSize(PER_PAGE).build();
        // configured as the client configures its own: same timeouts, no redirects
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        plain = PlainModels.newMapper();
        ours = RouteJson.newObjectMapper();
        // every walker must see every route once; fail the run rather than measure a short walk
        long a = paginator(check);
        long b = rawLoop(check);
        long c = rawLoopTypedRoutes(check);
        if (a != routes || b != routes || c != routes) {
            throw new IllegalStateException("walks disagree: paginator " + a + ", raw " + b + ", raw typed " + c);
        }
    }

    @TearDown
    public void tearDown() {
        server.close();
    }

    @Benchmark
    public long paginator(Blackhole bh) {
        long n = 0;
        for (Route route : client.listRoutesPaginator(RoutePages.ACCOUNT, RoutePages.GATEWAY, options)
                .routes()) {
            bh.consume(route);
            n++;
        }
        return n;
    }

    @Benchmark
    public long rawLoop(Blackhole bh) throws IOException, InterruptedException {
        long n = 0;
        for (int page = 1; ; page++) {
            List<dev.dynamicroutes.generated.model.RouteDto> routes = plain.readValue(
                            get(page), ListRoutesResponseDto.class)
                    .getData()
                    .getRoutes();
            for (dev.dynamicroutes.generated.model.RouteDto route : routes) {
                bh.consume(route);
                n++;
            }
            if (routes.size() < PER_PAGE) {
                return n;
            }
        }
    }

    @Benchmark
    public long rawLoopTypedRoutes(Blackhole bh) throws IOException, InterruptedException {
        return rawLoopTyped(ours, bh);
    }

    private long rawLoopTyped(ObjectMapper mapper, Blackhole bh) throws IOException, InterruptedException {
        long n = 0;
        for (int page = 1; ; page++) {
            List<Route> routes = mapper.readValue(get(page), TypedPage.class).data.routes;
            for (Route route : routes) {
                bh.consume(route);
                n++;
            }
            if (routes.size() < PER_PAGE) {
                return n;
            }
        }
    }

    private byte[] get(int page) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.pageUri(page, PER_PAGE))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer benchmark-token")
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("page " + page + ": HTTP " + response.statusCode());
        }
        return response.body();
    }
}
