package dev.dynamicroutes.contract.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The produced pact and the published spec, checked by PactFlow's swagger-mock-validator (the engine of
 * PactFlow's bi-directional contract testing, npm {@code @pactflow/swagger-mock-validator} pinned in the
 * root {@code package-lock.json}), so the contract passes the same check a broker would run. It runs
 * the tool with the machine's Node.js from {@code node_modules}, which the root pom's {@code node-tools}
 * step installs. Without Node or the tool the test is skipped locally; with {@code CI=true} it fails.
 */
class SwaggerMockValidatorIT {

    private static final Path PRODUCED_PACT =
            Path.of(ContractNames.PACT_DIRECTORY, ContractNames.CONSUMER + "-" + ContractNames.PROVIDER + ".json");

    @TempDir
    static Path dir;

    private static Path validator;
    private static Path spec;

    @BeforeAll
    static void findTheToolAndWriteTheSpec() throws IOException {
        Path root = Path.of(System.getProperty("node.tools.root", ".."));
        validator = root.resolve("node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs");
        boolean available = nodeRuns() && Files.isRegularFile(validator);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(available, "node or node_modules/@pactflow/swagger-mock-validator missing (run .ci/node-tools)");
        }
        assertThat(available)
                .as("with CI=true, node and %s are required (the root pom's node-tools step installs it)", validator)
                .isTrue();
        spec = dir.resolve("dynamic-routes.yaml");
        try (InputStream in =
                SwaggerMockValidatorIT.class.getClassLoader().getResourceAsStream(ContractNames.SPEC_RESOURCE)) {
            assertThat(in)
                    .as("the api-spec artifact's %s", ContractNames.SPEC_RESOURCE)
                    .isNotNull();
            Files.write(spec, in.readAllBytes());
        }
    }

    @Test
    void producedPactIsCompatibleWithTheSpec() throws Exception {
        Result result = validate(PRODUCED_PACT);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("0 error(s)");
    }

    @Test
    void aPactTheSpecContradictsIsRejected() throws Exception {
        // version.active is the STRING "true"/"false" on the wire; a boolean must be an error
        ObjectNode pact = (ObjectNode) new ObjectMapper().readTree(PRODUCED_PACT.toFile());
        boolean broken = false;
        for (JsonNode interaction : pact.withArray("interactions")) {
            JsonNode version = interaction.at("/response/body/content/data/routes/0/version");
            if (version.has("active")) {
                ((ObjectNode) version).put("active", true);
                broken = true;
                break;
            }
        }
        assertThat(broken)
                .as("the produced pact has a route with version.active")
                .isTrue();
        Path brokenPact = dir.resolve("broken-pact.json");
        new ObjectMapper().writeValue(brokenPact.toFile(), pact);

        Result result = validate(brokenPact);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("response.body.incompatible").contains("active");
    }

    private record Result(int exitCode, String output) {}

    private static Result validate(Path pact) throws Exception {
        Process process = new ProcessBuilder("node", validator.toString(), spec.toString(), pact.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("finished within 60 s")
                .isTrue();
        return new Result(process.exitValue(), output);
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
