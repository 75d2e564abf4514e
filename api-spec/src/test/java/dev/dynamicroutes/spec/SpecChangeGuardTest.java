package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's spec-change guard: {@code mvn verify} compares the packaged spec with the baseline
 * of the last release, writes {@code api-spec/target/spec-changes.md} and fails on a breaking
 * change unless run with {@code -Dspec.breaking-change.allowed=true}.
 *
 * <p>The pom passes the baseline file, report path and that property in through Surefire's
 * {@code systemPropertyVariables}; {@link SpecChangeGuardDetectionTest} proves the guard catches
 * what it should.
 */
class SpecChangeGuardTest {

    @Test
    void specHasNoUndeclaredBreakingChangeAgainstLastRelease() throws IOException {
        Path baseline = Path.of(required("spec.baseline"));
        Path report = Path.of(required("spec.changes.report"));
        boolean allowed = Boolean.parseBoolean(System.getProperty(SpecChangeGuard.ALLOW_PROPERTY, "false"));
        assertThat(baseline).as("baseline of the last release").isRegularFile();

        SpecChangeGuard.Result result =
                SpecChangeGuard.compare(Files.readString(baseline), SpecDocument.packagedText());
        SpecChangeGuard.enforce(result, baseline.getFileName().toString(), report, allowed);

        if (result.isBreaking()) {
            System.out.println("WARNING: breaking API spec change(s), declared intended with -D"
                    + SpecChangeGuard.ALLOW_PROPERTY + "=true; see " + report.toAbsolutePath());
        }
        assertThat(report).isRegularFile();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertThat(value)
                .as("system property %s (set by api-spec/pom.xml)", property)
                .isNotBlank();
        return value;
    }
}
