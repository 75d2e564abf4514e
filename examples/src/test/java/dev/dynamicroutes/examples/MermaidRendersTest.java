package dev.dynamicroutes.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's {@code --format mermaid} output, checked by Mermaid's own parser (npm {@code mermaid}
 * in a jsdom window, {@code src/test/node/mermaid-parse.mjs}, with the machine's Node.js and the root
 * {@code node_modules} that the root pom's {@code node-tools} step installs). The output is one
 * flowchart per route, each starting at its {@code %% route <name> (<id>)} line; a Mermaid document
 * holds one diagram, so each route is parsed on its own, which is also how to render them, e.g.
 * {@code awk '/^%% route /{n++} {print > ("route-" n ".mmd")}'}. Skipped locally without Node or the
 * packages; with {@code CI=true} it fails instead.
 */
class MermaidRendersTest {

    private static final Path SCRIPT = Path.of("src/test/node/mermaid-parse.mjs");

    @Test
    void everyRoutesFlowchartParsesWithMermaid(@TempDir Path dir) throws Exception {
        ListRoutesExampleTest.Run run = ListRoutesExampleTest.run(Map.of(), "--format", "mermaid");
        assertThat(run.status()).isZero();
        List<Path> files = onePerRoute(run.out(), dir);
        assertThat(files).hasSize(ListRoutesExampleTest.ROUTE_NAMES.length);
        requireNodeTools();

        Result result = parse(files);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().filter(l -> l.startsWith("ok ")).count())
                .as(result.output())
                .isEqualTo(files.size());
    }

    @Test
    void theParserRejectsABrokenFlowchart(@TempDir Path dir) throws Exception {
        ListRoutesExampleTest.Run run = ListRoutesExampleTest.run(Map.of(), "--format", "mermaid");
        Path broken = onePerRoute(run.out(), dir).get(0);
        // an edge label left open: what a missing escape of '"' in a label would produce
        Files.writeString(broken, Files.readString(broken).replaceFirst("-->\\|\"next\"\\|", "-->|\"next|"));
        requireNodeTools();

        Result result = parse(List.of(broken));

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).startsWith("error " + broken).contains("Parse error");
    }

    private static List<Path> onePerRoute(String mermaid, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        StringBuilder current = null;
        for (String line : (mermaid + "%% route end\n").lines().toList()) {
            if (line.startsWith("%% route ")) {
                if (current != null) {
                    Path file = dir.resolve("route-" + (files.size() + 1) + ".mmd");
                    Files.writeString(file, current);
                    files.add(file);
                }
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        return files;
    }

    private record Result(int exitCode, String output) {}

    private static Result parse(List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("NODE_TOOLS_ROOT", nodeToolsRoot().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within 120 s")
                .isTrue();
        return new Result(process.exitValue(), output);
    }

    private static Path nodeToolsRoot() {
        return Path.of(System.getProperty("node.tools.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    private static void requireNodeTools() {
        boolean available = nodeRuns()
                && Files.isDirectory(nodeToolsRoot().resolve("node_modules/mermaid"))
                && Files.isDirectory(nodeToolsRoot().resolve("node_modules/jsdom"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(available, "node or node_modules/{mermaid,jsdom} missing (run .ci/node-tools)");
        }
        assertThat(available)
                .as("with CI=true, node and node_modules/{mermaid,jsdom} are required (the root pom's node-tools step)")
                .isTrue();
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
