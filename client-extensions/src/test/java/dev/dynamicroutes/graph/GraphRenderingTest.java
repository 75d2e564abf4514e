package dev.dynamicroutes.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphRenderingTest {

    static String golden(String name) throws IOException {
        try (InputStream in = GraphRenderingTest.class.getResourceAsStream("/graph/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static RouteGraph brokenGraph() throws Exception {
        // a dangling reference and a label full of characters both formats must escape
        return RouteGraphTest.graph(r -> {
            ((ObjectNode) RouteGraphTest.element(r, 4).get("outputs"))
                    .set("fallback", RouteGraphTest.ref("gone \"away\""));
            RouteGraphTest.element(r, 3).put("id", "split|<50%>\\#1");
            ((ObjectNode) RouteGraphTest.element(r, 1).get("outputs"))
                    .set("false", RouteGraphTest.ref("split|<50%>\\#1"));
        });
    }

    @Test
    void mermaidGolden() throws Exception {
        assertThat(MermaidFormat.render(RouteGraphTest.graph(r -> {}))).isEqualTo(golden("all-types.mmd"));
    }

    @Test
    void dotGolden() throws Exception {
        assertThat(DotFormat.render(RouteGraphTest.graph(r -> {}))).isEqualTo(golden("all-types.dot"));
    }

    @Test
    void brokenGraphGoldens() throws Exception {
        assertThat(MermaidFormat.render(brokenGraph())).isEqualTo(golden("broken.mmd"));
        assertThat(DotFormat.render(brokenGraph())).isEqualTo(golden("broken.dot"));
    }

    @Test
    void extremeNumbersStayShortInLabels() throws Exception {
        RouteGraph graph = RouteGraphTest.graph(
                r -> ((ObjectNode) RouteGraphTest.element(r, 2).get("properties"))
                        .put("window", new java.math.BigDecimal("1e-999999999"))
                        .put("limit", new java.math.BigDecimal("1e999999999")));

        assertThat(DotFormat.render(graph)).contains("rate: 1E+999999999 count / 1E-999999999s");
        assertThat(MermaidFormat.render(graph)).contains("rate: 1E+999999999 count / 1E-999999999s");
        // (ordinary numbers in plain digits: ElementKindsTest.labelNumbersArePlainUnlessTheExponentIsExtreme)
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        assertThat(DotFormat.render(brokenGraph())).isEqualTo(DotFormat.render(brokenGraph()));
        assertThat(MermaidFormat.render(brokenGraph())).isEqualTo(MermaidFormat.render(brokenGraph()));
    }

    /** Graphviz itself must accept what we write. .ci/run installs graphviz; elsewhere skip without it. */
    @Test
    void graphvizAcceptsTheDot(@TempDir Path dir) throws Exception {
        boolean haveDot =
                Files.isExecutable(Path.of("/usr/bin/dot")) || Files.isExecutable(Path.of("/usr/local/bin/dot"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(haveDot, "graphviz 'dot' is not installed");
        }
        for (RouteGraph graph : new RouteGraph[] {RouteGraphTest.graph(r -> {}), brokenGraph()}) {
            Path source = dir.resolve("route.dot");
            Files.writeString(source, DotFormat.render(graph));
            Process dot = new ProcessBuilder("dot", "-Tsvg", source.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(dot.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(dot.exitValue()).as("dot output:\n%s", output).isZero();
            assertThat(output).contains("<svg").doesNotContain("Warning", "Error");
        }
    }
}
