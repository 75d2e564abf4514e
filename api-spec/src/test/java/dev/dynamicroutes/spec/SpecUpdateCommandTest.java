package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecUpdateCommandTest {

    @TempDir
    Path dir;

    @Test
    void buildSectionKeepsTheReactorSummaryAndEveryFailureButNotPassingTests() throws IOException {
        Path log = dir.resolve("build.log");
        Files.write(
                log,
                List.of(
                        "[INFO] Tests run: 9, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 1 s -- in a.PassingTest",
                        "[WARNING] Tests run: 6, Failures: 0, Errors: 0, Skipped: 1, Time elapsed: 1 s -- in a.SkippingTest",
                        "[ERROR] Tests run: 13, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2 s <<< FAILURE! -- in"
                                + " dev.dynamicroutes.spec.SpecFactsTest",
                        "[ERROR]   SpecFactsTest.responseEnvelopeUsesDataNotResult:84 RoutesPage fields lost"
                                + " [order_by_direction]",
                        "[ERROR] /repo/client-extensions/src/main/java/X.java:[203,27] cannot find symbol",
                        "[INFO] Reactor Summary for Dynamic Routes client (parent) 0.1.0-SNAPSHOT:",
                        "[INFO] ",
                        "[INFO] Dynamic Routes API spec ............................ SUCCESS [ 20 s]",
                        "[INFO] Dynamic Routes client .............................. FAILURE [ 10 s]",
                        "[INFO] BUILD FAILURE",
                        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile"
                                + " (default-compile) on project dynamic-routes-client: Compilation failure"));

        String section = SpecUpdateCommand.buildSection(1, log);

        assertThat(section)
                .startsWith("**Failed** (exit status 1).")
                .contains("Dynamic Routes client .............................. FAILURE")
                .contains("in dev.dynamicroutes.spec.SpecFactsTest")
                .contains("SpecFactsTest.responseEnvelopeUsesDataNotResult:84 RoutesPage fields lost")
                .contains("X.java:[203,27] cannot find symbol")
                .contains("Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin")
                .doesNotContain("PassingTest")
                .doesNotContain("SkippingTest");
    }

    @Test
    void aPassingBuildSaysSo() throws IOException {
        Path log = dir.resolve("build.log");
        Files.write(
                log,
                List.of(
                        "[INFO] Reactor Summary:",
                        "[INFO] Dynamic Routes API spec ... SUCCESS",
                        "[INFO] BUILD SUCCESS"));

        assertThat(SpecUpdateCommand.buildSection(0, log))
                .startsWith("**Passed.**")
                .contains("Dynamic Routes API spec ... SUCCESS")
                .doesNotContain("Failed goals");
    }

    @Test
    void japicmpSectionShowsTheDiffAndLinksOnlyTheReportThatIsWritten() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("client-extensions/target/japicmp"));
        Files.writeString(reports.resolve("default-cli.diff"), "***! MODIFIED CLASS: PUBLIC dev.X\n");
        Files.writeString(reports.resolve("default-cli.md"), "# japicmp report\n");

        String section = SpecUpdateCommand.japicmp(dir, "client-extensions", dir.resolve("work"));

        assertThat(section)
                .contains("***! MODIFIED CLASS: PUBLIC dev.X")
                .contains("Details: `" + reports.resolve("default-cli.md") + "`")
                .doesNotContain(".html");
    }

    @Test
    void japicmpSectionWithoutAComparisonPointsAtItsLog() throws IOException {
        String section = SpecUpdateCommand.japicmp(dir, "generated-client", dir.resolve("work"));

        assertThat(section)
                .startsWith("No comparison: the module did not build with the new spec")
                .contains(dir.resolve("work/japicmp.log").toString());
    }
}
