package dev.dynamicroutes.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the program in-process, against its embedded sample server or a real loopback server. */
class ListRoutesExampleTest {

    static final String[] ROUTE_NAMES = {
        "premium-routing",
        "canary-split",
        "cost-capped-chat",
        "broken-draft",
        "future-elements",
        "simple",
        "old-version"
    };

    record Run(int status, String out, String err) {}

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ListRoutesExample(
                        env,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void textListsEverySampleRouteAcrossPages() {
        Run run = run(Map.of());

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith(
                        "No Cloudflare credentials in the environment: listing sample data from an embedded loopback server");
        for (String name : ROUTE_NAMES) {
            assertThat(run.out()).contains("route " + name + " (");
        }
        assertThat(count(run.out(), "^route ")).isEqualTo(7);
        assertThat(run.out())
                .contains("version ver-1-2 (active)")
                .contains("elements: 8")
                .contains("DANGLING_REFERENCE: output 'fallback' of 'primary' references 'missing-fallback'")
                .contains("UNREACHABLE: 'orphan-end'")
                .contains("next -> cache [unknown type 'cache']")
                .contains("true -> premium-limit [rate 1000 count per 3600s by metadata.user_id]")
                .contains("fallback -> missing-fallback (missing)");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonIsOneDocumentWithWireNamesAndUnknownElementsPreserved() throws Exception {
        Run run = run(Map.of(), "--format", "json");

        assertThat(run.status()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("routes")).hasSize(7);
        JsonNode future = document.get("routes").get(4);
        assertThat(future.get("name").asText()).isEqualTo("future-elements");
        JsonNode cache = future.get("elements").get(1);
        assertThat(cache.toString())
                .isEqualTo(
                        "{\"id\":\"cache\",\"outputs\":{\"miss\":{\"elementId\":\"chat\"},\"hit\":{\"elementId\":\"end\"}},"
                                + "\"properties\":{\"ttl\":300},\"type\":\"cache\"}");
        assertThat(document.at("/routes/0/elements/2/properties/limitType").asText())
                .isEqualTo("count");
        assertThat(document.at("/routes/0/version/active").asText()).isEqualTo("true");
        assertThat(run.err()).startsWith("No Cloudflare credentials");
    }

    @Test
    void mermaidHasAFlowchartPerRoute() {
        Run run = run(Map.of(), "--format", "mermaid");

        assertThat(run.status()).isZero();
        assertThat(count(run.out(), "^flowchart TD$")).isEqualTo(7);
        assertThat(run.out()).contains("%% route broken-draft").contains(":::missing");
    }

    @Test
    void dotHasADigraphPerRouteThatGraphvizAccepts(@TempDir Path dir) throws Exception {
        Run run = run(Map.of(), "--format", "dot");

        assertThat(run.status()).isZero();
        assertThat(count(run.out(), "^digraph ")).isEqualTo(7);
        boolean haveDot = Files.isExecutable(Path.of("/usr/bin/dot"));
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(haveDot, "graphviz 'dot' is not installed");
        }
        Path file = dir.resolve("routes.dot");
        Files.writeString(file, run.out());
        Process dot = new ProcessBuilder("dot", "-Tsvg", "-O", file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(dot.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(dot.exitValue()).as(output).isZero();
    }

    @Test
    void onePageOnlyWhenPageIsGiven() {
        Run run = run(Map.of(), "--page", "2", "--per-page", "3");

        assertThat(run.status()).isZero();
        assertThat(count(run.out(), "^route ")).isEqualTo(3);
        assertThat(run.out())
                .contains("route broken-draft", "route future-elements", "route simple")
                .doesNotContain("route premium-routing", "route old-version");
    }

    @Test
    void dotGraphsAreTitledWithTheRouteNameAndId() {
        Run run = run(Map.of(), "--format", "dot");

        assertThat(run.status()).isZero();
        assertThat(count(run.out(), "^  labelloc=t;$")).isEqualTo(ROUTE_NAMES.length);
        for (String name : ROUTE_NAMES) {
            assertThat(count(run.out(), "^  label=\"" + name + " \\([^)\"]+\\)\";$"))
                    .as("title of %s", name)
                    .isEqualTo(1);
        }
    }

    @Test
    void optionValuesMayFollowAnEqualsSign() {
        Run spaced = run(Map.of(), "--format", "json", "--page", "2", "--per-page", "3");
        Run joined = run(Map.of(), "--format=json", "--page=2", "--per-page=3");

        assertThat(joined.status()).isZero();
        assertThat(joined.out()).isEqualTo(spaced.out()).contains("\"name\" : \"broken-draft\"");
        assertThat(run(Map.of(), "--format=yaml").err())
                .contains("--format must be text, json, mermaid or dot, not 'yaml'");
        assertThat(run(Map.of(), "--format=").status()).isEqualTo(2);
        assertThat(run(Map.of(), "--debug=yes"))
                .satisfies(r -> assertThat(r.status()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).contains("--debug takes no value"));
    }

    @Test
    void aPagePastTheEndSaysSo() {
        Run text = run(Map.of(), "--page", "9", "--per-page", "3");

        assertThat(text.status()).isZero();
        assertThat(count(text.out(), "^route ")).isZero();
        assertThat(text.out().lines().skip(1))
                .containsExactly("Page 9 is past the end: no routes on it at 3 per page (try a lower --page).");

        Run json = run(Map.of(), "--format", "json", "--page", "9");
        assertThat(json.status()).isZero();
        assertThat(json.out().replaceAll("\\s", "")).isEqualTo("{\"routes\":[]}");
        assertThat(json.err()).contains("Page 9 is past the end: no routes on it at 50 per page");
    }

    @Test
    void partialCredentialsAreReportedAsTheLibraryReportsThemNotReplacedBySampleData() {
        Map<String, String> ids = Map.of("CLOUDFLARE_ACCOUNT_ID", "acc", "CLOUDFLARE_GATEWAY_ID", "gw");
        record Case(Map<String, String> credentials, String expectedError) {}
        List<Case> cases = List.of(
                new Case(
                        Map.of("CLOUDFLARE_EMAIL", "ops@example.com"),
                        "error: incomplete credentials in the environment: CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY"
                                + " must both be set (CLOUDFLARE_API_KEY is missing), or set CLOUDFLARE_API_TOKEN"),
                new Case(
                        Map.of("CLOUDFLARE_API_KEY", "k3y-s3cr3t"),
                        "error: incomplete credentials in the environment: CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY"
                                + " must both be set (CLOUDFLARE_EMAIL is missing), or set CLOUDFLARE_API_TOKEN"),
                new Case(
                        Map.of("CLOUDFLARE_API_TOKEN", " "),
                        "error: no credentials in the environment: set CLOUDFLARE_API_TOKEN, or CLOUDFLARE_EMAIL and"
                                + " CLOUDFLARE_API_KEY (or call apiToken(...) / apiKey(...) on the builder)"));
        for (Case c : cases) {
            Map<String, String> env = new HashMap<>(ids);
            env.putAll(c.credentials());

            Run run = run(env);

            assertThat(run.status()).as("%s", c.credentials().keySet()).isEqualTo(1);
            assertThat(run.out())
                    .as("no sample data for %s", c.credentials().keySet())
                    .isEmpty();
            assertThat(run.err().lines()).singleElement().isEqualTo(c.expectedError);
        }
    }

    @Test
    void failureIsOneLineWithStatusErrorAndRay() throws Exception {
        try (SampleServer server = new SampleServer()) {
            Map<String, String> env = new HashMap<>();
            env.put("CLOUDFLARE_API_TOKEN", "wrong-token-s3cr3t");
            env.put("CLOUDFLARE_ACCOUNT_ID", SampleServer.ACCOUNT_ID);
            env.put("CLOUDFLARE_GATEWAY_ID", SampleServer.GATEWAY_ID);
            env.put("CLOUDFLARE_BASE_URL", server.baseUrl());

            Run run = run(env);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .startsWith("error: ")
                            .contains("401", "10000", "Authentication error")
                            .containsPattern("cf-ray [0-9a-f]+-FAKE"));
            assertThat(run.err()).doesNotContain("wrong-token-s3cr3t", "\tat ");

            Run debug = run(env, "--debug");
            assertThat(debug.status()).isEqualTo(1);
            assertThat(debug.err()).contains("\tat ").doesNotContain("wrong-token-s3cr3t");
        }
    }

    @Test
    void unknownGatewayIsNotFound() throws Exception {
        try (SampleServer server = new SampleServer()) {
            Run run = run(Map.of(
                    "CLOUDFLARE_API_TOKEN",
                    SampleServer.TOKEN,
                    "CLOUDFLARE_ACCOUNT_ID",
                    SampleServer.ACCOUNT_ID,
                    "CLOUDFLARE_GATEWAY_ID",
                    "no-such-gateway",
                    "CLOUDFLARE_BASE_URL",
                    server.baseUrl()));

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line).contains("404", "7003"));
        }
    }

    @Test
    void credentialsWithoutGatewaySayWhatToSet() {
        Run run = run(Map.of("CLOUDFLARE_API_TOKEN", "t"));

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("CLOUDFLARE_ACCOUNT_ID");
    }

    @Test
    void wrongOptionsExitWithUsage() {
        assertThat(run(Map.of(), "--format", "yaml")).satisfies(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).contains("--format must be text, json, mermaid or dot", "usage:");
        });
        assertThat(run(Map.of(), "--page", "0").status()).isEqualTo(2);
        assertThat(run(Map.of(), "--bogus").err()).contains("unknown option '--bogus'");
        assertThat(run(Map.of(), "--help").out()).startsWith("usage:");
    }
}
