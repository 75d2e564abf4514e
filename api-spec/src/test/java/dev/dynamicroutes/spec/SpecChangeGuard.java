package dev.dynamicroutes.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The spec-change guard: compares the spec with the baseline of the last release (openapi-diff),
 * writes a markdown change report and refuses a breaking change unless it is declared intended.
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

    /** What changed between two versions of the document, and which of the changes break clients. */
    record Result(ChangedOpenApi diff, List<BreakingChanges.Change> breakingChanges) {
        boolean isBreaking() {
            return !breakingChanges.isEmpty();
        }

        boolean isChanged() {
            return diff.isDifferent();
        }
    }

    /** Thrown when the document breaks clients of the last release and that was not declared intended. */
    static final class BreakingSpecChange extends AssertionError {
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
        return new Result(diff, BreakingChanges.in(diff));
    }

    /**
     * Writes the report to {@code report}, then throws {@link BreakingSpecChange} naming every
     * breaking change, unless {@code breakingAllowed}.
     */
    static void enforce(Result result, String baselineName, Path report, boolean breakingAllowed) {
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, markdownReport(result, baselineName, breakingAllowed));
        } catch (IOException e) {
            throw new UncheckedIOException("spec-change guard: cannot write " + report, e);
        }
        if (result.isBreaking() && !breakingAllowed) {
            throw new BreakingSpecChange("The API spec has "
                    + result.breakingChanges().size()
                    + " breaking change(s) against the last release (" + baselineName + "):\n"
                    + result.breakingChanges().stream().map(c -> "  - " + c).collect(Collectors.joining("\n"))
                    + "\nReport: " + report.toAbsolutePath()
                    + "\nIf this is intended, re-run with -D" + ALLOW_PROPERTY + "=true and bump the version"
                    + " (see README, \"When the spec changes\").");
        }
    }

    static String markdownReport(Result result, String baselineName, boolean breakingAllowed) {
        StringBuilder md = new StringBuilder()
                .append("# API spec changes\n\n")
                .append("- Baseline (last release): `api-spec/baseline/")
                .append(baselineName)
                .append("`\n")
                .append("- Current: `api-spec/src/main/resources/")
                .append(SpecDocument.RESOURCE)
                .append("`\n\n")
                .append("**Verdict: ")
                .append(verdict(result, breakingAllowed))
                .append("**\n\n");
        if (result.isBreaking()) {
            md.append("## Breaking changes\n\n")
                    .append(bulletList(result.breakingChanges()))
                    .append('\n');
        }
        if (result.isChanged()) {
            String details = new MarkdownRender().render(result.diff());
            // openapi-diff closes with its own verdict, which does not know the two stricter rules of
            // BreakingChanges; the verdict at the top of this report is the one the build acts on
            int ownVerdict = details.lastIndexOf("#### Result");
            md.append("## All changes (openapi-diff)\n\n")
                    .append(ownVerdict < 0 ? details : details.substring(0, ownVerdict));
        }
        return md.toString();
    }

    private static String verdict(Result result, boolean breakingAllowed) {
        if (result.isBreaking()) {
            return breakingAllowed
                    ? "BREAKING, declared intended with -D" + ALLOW_PROPERTY + "=true"
                    : "BREAKING: the build fails (declare it intended with -D" + ALLOW_PROPERTY + "=true)";
        }
        return result.isChanged() ? "compatible: changed, nothing breaks clients of the last release" : "no changes";
    }

    private static String bulletList(List<BreakingChanges.Change> changes) {
        return changes.stream()
                .map(c -> "- `" + c.location() + "`: **" + c.what() + "**")
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
