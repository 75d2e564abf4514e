package dev.dynamicroutes.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java side of the peer benchmark does what {@code benchmarks/peer/run.sh} relies on: the pages
 * it writes are the JMH fixtures' pages, both Java walkers read every route and element of a real
 * loopback server with one request per page, and the cold-start probe runs every step.
 */
class PeerWalkersTest {

    // 20 full pages and the empty page 21, as the peer walk's 200 + 1, shorter
    private static final int ROUTES = 1_000;
    private static final int PAGES = ROUTES / PeerWalk.PER_PAGE + 1;

    private static RoutesServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = RoutesServer.pregenerated(ROUTES);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void thePagesWrittenForTheNodeServerAreTheFixturePagesAndEndWithAnEmptyOne(@TempDir Path dir) throws Exception {
        PeerPages.main(new String[] {"--routes", "120", "--per-page", "50", "--out", dir.toString()});

        JsonNode manifest =
                new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(manifest.get("pages").asInt()).isEqualTo(3);
        assertThat(manifest.get("routes").asInt()).isEqualTo(120);
        assertThat(manifest.get("perPage").asInt()).isEqualTo(50);
        assertThat(manifest.get("account").asText()).isEqualTo(RoutePages.ACCOUNT);
        assertThat(Files.readAllBytes(dir.resolve("page-1.json"))).isEqualTo(RoutePages.page(1, 50, 50));
        assertThat(Files.readAllBytes(dir.resolve("page-3.json"))).isEqualTo(RoutePages.page(3, 50, 20));
        assertThat(dir.resolve("page-4.json")).doesNotExist();

        PeerPages.main(new String[] {
            "--routes", "100", "--per-page", "50", "--out", dir.resolve("exact").toString()
        });
        // a multiple of the page size: the walk needs the empty page after the last full one to stop
        JsonNode lastPage =
                new ObjectMapper().readTree(dir.resolve("exact/page-3.json").toFile());
        assertThat(lastPage.path("data").path("routes").size()).isZero();
    }

    @Test
    void ourClientWalksEveryRouteAndElementWithOneRequestPerPage() {
        PeerClientCalls calls = PeerClientCalls.connect(server.baseUrl());
        long before = server.requests();

        assertThat(calls.walkAll(PeerWalk.PER_PAGE))
                .isEqualTo(new PeerCounts(ROUTES, ROUTES * (long) RoutePages.ELEMENTS_PER_ROUTE));
        assertThat(server.requests() - before).isEqualTo(PAGES);
        assertThat(calls.fetchPage(2, PeerWalk.PER_PAGE))
                .isEqualTo(new PeerCounts(50, 50L * RoutePages.ELEMENTS_PER_ROUTE));
    }

    @Test
    void thePlainLoopWalksTheSamePages() throws Exception {
        PlainJavaCalls calls = PlainJavaCalls.connect(server.baseUrl());
        long before = server.requests();

        assertThat(calls.walkAll(PeerWalk.PER_PAGE))
                .isEqualTo(new PeerCounts(ROUTES, ROUTES * (long) RoutePages.ELEMENTS_PER_ROUTE));
        assertThat(server.requests() - before).isEqualTo(PAGES);
        assertThat(calls.fetchPage(PAGES, PeerWalk.PER_PAGE)).isEqualTo(new PeerCounts(0, 0));
    }

    @Test
    void theColdStartProbeRunsEveryStepAgainstTheServer(@TempDir Path dir) throws Exception {
        PeerPages.main(new String[] {"--routes", "50", "--per-page", "50", "--out", dir.toString()});
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ColdStartProbe.main(
                    new String[] {server.baseUrl(), dir.resolve("page-1.json").toString(), "split"});
        } finally {
            System.setOut(out);
        }

        JsonNode report = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        assertThat(report.get("order").asText()).isEqualTo("split");
        assertThat(report.get("steps")).hasSize(11);
        for (JsonNode step : report.get("steps")) {
            assertThat(step.get("millis").asDouble()).isNotNegative();
            assertThat(step.get("classesLoaded").asLong()).isNotNegative();
            if (step.get("step").asText().contains("page")) {
                // every step that reads a page read all 50 routes of it
                assertThat(step.get("result").asInt())
                        .as(step.get("step").asText())
                        .isEqualTo(50);
            }
        }
    }
}
