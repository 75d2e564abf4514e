package dev.dynamicroutes.spec;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

/**
 * The spec-change guard: compares the spec with the baseline of the last release (openapi-diff for
 * the list of changes, {@link ClientImpact} for what they mean to this client), writes the change
 * report and refuses a breaking change unless it is declared intended.
 *
 * <pre>{@code
 * SpecChangeGuard.Result result = SpecChangeGuard.compare(baselineYaml, currentYaml);
 * SpecChangeGuard.enforce(result, "dynamic-routes-0.1.0.yaml", Path.of("target/spec-changes.md"), false);
 * }</pre>
 */
final class SpecChangeGuard {

    /** The build property that declares a breaking change intended: {@code -Dspec.breaking-change.allowed=true}. */
    static final String ALLOW_PROPERTY = "spec.breaking-change.allowed";

    private SpecChangeGuard() {}

    /** What changed between two versions of the document, and what that means for this client. */
    record Result(ChangedOpenApi diff, ClientImpact impact, String releasedVersion) {
        boolean isBreaking() {
            return impact.isBreaking();
        }

        boolean isChanged() {
            return diff.isDifferent();
        }

        VersionBump bump() {
            return VersionBump.of(impact, isChanged());
        }
    }

    /** Thrown when the document breaks clients of the last release and that was not declared intended. */
    static final class BreakingSpecChange extends AssertionError {
        private static final long serialVersionUID = 1L;

        BreakingSpecChange(String message) {
            super(message);
        }
    }

    static Result compare(String baselineYaml, String currentYaml) {
        ChangedOpenApi diff;
        try {
            diff = OpenApiCompare.fromContents(baselineYaml, currentYaml);
        } catch (RuntimeException e) {
            // openapi-diff only says "Cannot read old/new OpenAPI spec": say which file that is
            throw new IllegalArgumentException(
                    "spec-change guard: cannot compare the documents (" + e.getMessage()
                            + "); \"old\" is the baseline, \"new\" the current spec",
                    e);
        }
        OpenAPI baseline = SpecDocument.parse(baselineYaml).getOpenAPI();
        OpenAPI current = SpecDocument.parse(currentYaml).getOpenAPI();
        return new Result(
                diff,
                ClientImpact.between(baseline, current),
                baseline.getInfo().getVersion());
    }

    /**
     * Writes the report to {@code report}, then throws {@link BreakingSpecChange} naming every
     * breaking change, unless {@code breakingAllowed}.
     */
    static void enforce(Result result, String baselineName, Path report, boolean breakingAllowed) {
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, new SpecChangeReport(result, baselineName, breakingAllowed).render());
        } catch (IOException e) {
            throw new UncheckedIOException("spec-change guard: cannot write " + report, e);
        }
        if (result.isBreaking() && !breakingAllowed) {
            var breaking = result.impact().with(ClientImpact.Severity.BREAKING);
            throw new BreakingSpecChange("The API spec has "
                    + breaking.size()
                    + " breaking change(s) against the last release (" + baselineName + "):\n"
                    + breaking.stream().map(c -> "  - " + c).collect(Collectors.joining("\n"))
                    + "\nReport: " + report.toAbsolutePath()
                    + "\nIf this is intended, re-run with -D" + ALLOW_PROPERTY + "=true and bump the version"
                    + " (see CONTRIBUTING.md, \"When the spec changes\").");
        }
    }

    static String markdownReport(Result result, String baselineName, boolean breakingAllowed) {
        return new SpecChangeReport(result, baselineName, breakingAllowed).render();
    }
}
