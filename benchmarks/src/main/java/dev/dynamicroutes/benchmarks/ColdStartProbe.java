package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.api.DynamicRoutesApi;
import feign.Feign;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Splits the client's cold start into steps, each timed (wall clock) and counted (classes loaded), in
 * one fresh JVM, for the cold-start section of {@code benchmarks/results/RESULTS.md}
 * ({@code benchmarks/peer/run.sh} runs it a few times).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.dynamicroutes.benchmarks.ColdStartProbe \
 *     http://127.0.0.1:40123/client/v4 benchmarks/target/peer-pages/page-1.json client-first
 * }</pre>
 *
 * <p>{@code client-first} is what a user's process does: {@code builder()…build()}, the first
 * {@code listRoutes}, a second one. {@code split} runs the parts the client is made of first, each
 * paying for what it is the first to load, so the client's own steps afterwards show what is left:
 * a plain Jackson mapper and one {@code readTree} (what the plain program also pays), a JDK
 * {@code HttpClient}, the plain program's first request, SLF4J's start, our configured mapper
 * ({@code RouteJson}), decoding one page with it (deserializer construction) and into typed routes,
 * the same decoding with a second new mapper (what a mapper instance costs once the classes are
 * loaded), a Feign proxy of the generated interface (Feign's contract parsing), then the client's
 * build and calls. Steps of both orders add up to about the same process; only who pays first
 * differs.
 */
public final class ColdStartProbe {

    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final List<String> steps = new ArrayList<>();

    private ColdStartProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("client-first", "split").contains(args[2])) {
            System.err.println("usage: ColdStartProbe BASE_URL PAGE_JSON client-first|split");
            System.exit(2);
        }
        String baseUrl = args[0];
        byte[] page = Files.readAllBytes(Path.of(args[1]));
        ColdStartProbe probe = new ColdStartProbe();
        if (args[2].equals("split")) {
            probe.step(
                    "plain Jackson: new ObjectMapper() + readTree of one page",
                    () -> new ObjectMapper()
                            .readTree(page)
                            .path("data")
                            .path("routes")
                            .size());
            probe.step(
                    "JDK HttpClient.newBuilder().build()",
                    () -> HttpClient.newBuilder().build().version() == HttpClient.Version.HTTP_2 ? 2 : 1);
            probe.step(
                    "plain program's first GET of page 1 (java.net.http HTTP/1.1 + readTree)",
                    () -> (int) PlainJavaCalls.connect(baseUrl)
                            .fetchPage(1, PeerWalk.PER_PAGE)
                            .routes());
            probe.step(
                    "SLF4J LoggerFactory.getLogger (provider lookup; Feign's logger uses it)",
                    () -> LoggerFactory.getLogger(ColdStartProbe.class).hashCode());
            probe.step(
                    "RouteJson.newObjectMapper()",
                    () -> RouteJson.newObjectMapper().hashCode());
            probe.step(
                    "decode one page straight into typed routes (first RouteJson mapper)",
                    () -> RouteJson.newObjectMapper()
                            .readValue(page, TypedPage.class)
                            .data
                            .routes
                            .size());
            probe.step(
                    "decode the same page with a second new RouteJson mapper (classes loaded, cache empty)",
                    () -> RouteJson.newObjectMapper()
                            .readValue(page, TypedPage.class)
                            .data
                            .routes
                            .size());
            probe.step(
                    "Feign.builder().target(DynamicRoutesApi) (default contract)",
                    () -> Feign.builder()
                            .target(DynamicRoutesApi.class, baseUrl)
                            .hashCode());
        }
        PeerClientCalls[] client = new PeerClientCalls[1];
        probe.step("DynamicRoutesClient.builder()...build()", () -> {
            client[0] = PeerClientCalls.connect(baseUrl);
            return 0;
        });
        probe.step("first listRoutes (page 1 of 50)", () ->
                (int) client[0].fetchPage(1, PeerWalk.PER_PAGE).routes());
        probe.step("second listRoutes (page 2 of 50)", () ->
                (int) client[0].fetchPage(2, PeerWalk.PER_PAGE).routes());
        System.out.println("{\"order\": \"" + args[2] + "\", \"jvmUptimeAtMainMillis\": " + UPTIME_AT_MAIN
                + ", \"classesBeforeSteps\": " + CLASSES_AT_MAIN + ", \"steps\": [" + String.join(", ", probe.steps)
                + "]}");
    }

    // read before the steps: the management classes themselves are not part of any step
    private static final long UPTIME_AT_MAIN =
            ManagementFactory.getRuntimeMXBean().getUptime();
    private static final long CLASSES_AT_MAIN =
            ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();

    private interface Step {
        int run() throws Exception;
    }

    private void step(String name, Step step) throws Exception {
        long loadedBefore = classes.getTotalLoadedClassCount();
        long start = System.nanoTime();
        int result = step.run();
        long nanos = System.nanoTime() - start;
        long loaded = classes.getTotalLoadedClassCount() - loadedBefore;
        steps.add(String.format(
                Locale.ROOT,
                "{\"step\": \"%s\", \"millis\": %.1f, \"classesLoaded\": %d, \"result\": %d}",
                name,
                nanos / 1e6,
                loaded,
                result));
    }
}
