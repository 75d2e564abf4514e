package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 1, decoding one response body (the same bytes for every method):
 *
 * <ul>
 *   <li>{@link #typedRoutes} (a): our decoder, the {@code RouteJson} mapper binding the envelope with
 *       the routes straight into typed, validated {@code Route}s ({@link TypedPage}), as the client does;
 *   <li>{@link #plainModels} (b, the baseline): the plain generated models with every element bound
 *       monomorphically to one all-fields class, see {@link PlainModels} for why and how;
 *   <li>{@link #jacksonTree} (c): {@code readTree}, a generic Jackson tree of the same bytes;
 *   <li>{@link #typedRoutesViaTree} (a'): (a) through a tree first, then {@code treeToValue};
 *   <li>{@link #typedRoutesGzipped} (a+gzip): (a) from the same page gzipped, as the client receives it
 *       when the server compresses (it asks for gzip by default): (a+gzip) ÷ (a) is what decompressing
 *       costs on top of decoding.
 * </ul>
 * Target: (a) at most 1.2 × (b), allocation at most 1.3 × (b).
 *
 * <p>Pages ({@link RoutePages}): {@code 50x12} is 50 routes of 12 elements of all types with
 * {@code type} written last; {@code 1MB} is the same route shape, as many routes as make 1 MiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class DecodeBenchmark {

    @Param({"50x12", "1MB"})
    public String page;

    private byte[] body;
    private byte[] gzipped;
    private ObjectMapper ours;
    private ObjectMapper plain;

    @Setup
    public void setUp() throws IOException {
        body = switch (page) {
            case "50x12" -> RoutePages.page(1, 50, 50);
            case "1MB" -> RoutePages.pageOfAtLeast(1024 * 1024);
            default -> throw new IllegalArgumentException("unknown page " + page);
        };
        gzipped = gzip(body);
        ours = RouteJson.newObjectMapper();
        plain = PlainModels.newMapper();
        // fail the run rather than measure a decoder that does not see the whole page
        int typed = countElements(typedRoutes());
        int monomorphic = plainModels().getData().getRoutes().stream()
                .mapToInt(r -> r.getElements().size())
                .sum();
        int routes = jacksonTree().path("data").path("routes").size();
        if (typed != routes * RoutePages.ELEMENTS_PER_ROUTE
                || monomorphic != typed
                || countElements(typedRoutesGzipped()) != typed) {
            throw new IllegalStateException("decoders disagree: typed " + typed + ", plain " + monomorphic
                    + " elements, " + routes + " routes");
        }
    }

    @Benchmark
    public List<Route> typedRoutes() throws IOException {
        return ours.readValue(body, TypedPage.class).data.routes;
    }

    @Benchmark
    public ListRoutesResponseDto plainModels() throws IOException {
        return plain.readValue(body, ListRoutesResponseDto.class);
    }

    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return ours.readTree(body);
    }

    @Benchmark
    public List<Route> typedRoutesViaTree() throws IOException {
        return ours.treeToValue(ours.readTree(body), TypedPage.class).data.routes;
    }

    @Benchmark
    public List<Route> typedRoutesGzipped() throws IOException {
        // the JDK's GZIPInputStream with the client's buffer size (ContentDecoding)
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
            return ours.readValue(in, TypedPage.class).data.routes;
        }
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static int countElements(List<Route> routes) {
        return routes.stream().mapToInt(r -> r.elements().size()).sum();
    }
}
