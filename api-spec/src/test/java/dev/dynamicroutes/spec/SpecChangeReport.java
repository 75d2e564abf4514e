package dev.dynamicroutes.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The markdown change report: verdict for this client, breaking changes, warnings, additions, the
 * implied version bump, a draft CHANGELOG entry, openapi-diff's own verdict and details, and any
 * further sections the spec-update command adds (generated-sources diff, japicmp, build outcome).
 *
 * <pre>{@code
 * String md = new SpecChangeReport(result, "dynamic-routes-0.1.0.yaml", false)
 *         .withSection("Build", buildOutcome)
 *         .render();
 * }</pre>
 */
final class SpecChangeReport {

    private final SpecChangeGuard.Result result;
    private final String baselineName;
    private final boolean breakingAllowed;
    private final List<String[]> extraSections = new ArrayList<>();
    private boolean commandRun;

    SpecChangeReport(SpecChangeGuard.Result result, String baselineName, boolean breakingAllowed) {
        this.result = result;
        this.baselineName = baselineName;
        this.breakingAllowed = breakingAllowed;
    }

    /** For the spec-update command, whose build lets a breaking change through so that one run shows everything. */
    SpecChangeReport asCommandReport() {
        commandRun = true;
        return this;
    }

    SpecChangeReport withSection(String title, String markdown) {
        extraSections.add(new String[] {title, markdown});
        return this;
    }

    String render() {
        ClientImpact impact = result.impact();
        VersionBump bump = result.bump();
        StringBuilder md = new StringBuilder()
                .append("# API spec changes\n\n")
                .append("- Baseline (last release): `api-spec/baseline/")
                .append(baselineName)
                .append("`\n")
                .append("- Current: `api-spec/src/main/resources/")
                .append(SpecDocument.RESOURCE)
                .append("`\n\n")
                .append("**Verdict: ")
                .append(verdict())
                .append("**\n\n")
                .append("openapi-diff alone: ")
                .append(openApiDiffVerdict())
                .append(" (its rules are for any client; the verdict above is for this one: a new enum value or")
                .append(" `oneOf` variant decodes as unknown and is kept, a removed optional field or enum value")
                .append(" removes generated Java API).\n\n")
                .append("**Version:** ")
                .append(bump)
                .append(" — ")
                .append(bump.reason())
                .append(": ")
                .append(result.releasedVersion())
                .append(" → ")
                .append(bump.next(result.releasedVersion()))
                .append("\n\n");
        list(md, "Breaking changes", impact.with(ClientImpact.Severity.BREAKING));
        list(md, "Warnings", impact.with(ClientImpact.Severity.WARNING));
        list(md, "Compatible changes", impact.with(ClientImpact.Severity.COMPATIBLE));
        md.append("## Draft CHANGELOG entry\n\n").append(changelog()).append('\n');
        for (String[] section : extraSections) {
            md.append("## ")
                    .append(section[0])
                    .append("\n\n")
                    .append(section[1])
                    .append("\n\n");
        }
        if (result.isChanged()) {
            String details = openApiDiffMarkdown(result.diff());
            int ownVerdict = details.lastIndexOf("#### Result");
            md.append("## All changes (openapi-diff)\n\n")
                    .append(ownVerdict < 0 ? details : details.substring(0, ownVerdict));
        }
        return md.toString();
    }

    String verdict() {
        if (result.isBreaking() && commandRun) {
            return "BREAKING: needs the version bump below and -D" + SpecChangeGuard.ALLOW_PROPERTY
                    + "=true in the build (CONTRIBUTING.md, \"When the spec changes\")";
        }
        if (result.isBreaking()) {
            return breakingAllowed
                    ? "BREAKING, declared intended with -D" + SpecChangeGuard.ALLOW_PROPERTY + "=true"
                    : "BREAKING: the build fails (declare it intended with -D" + SpecChangeGuard.ALLOW_PROPERTY
                            + "=true)";
        }
        if (!result.impact().with(ClientImpact.Severity.WARNING).isEmpty()) {
            return "compatible, with warnings";
        }
        return result.isChanged() ? "compatible: changed, nothing breaks clients of the last release" : "no changes";
    }

    private String openApiDiffVerdict() {
        if (!result.diff().isDifferent()) {
            return "no changes";
        }
        return result.diff().isIncompatible() ? "incompatible" : "compatible";
    }

    /**
     * Keep a Changelog sections, one line per finding, at the heading level of CHANGELOG.md: the lines
     * go under its {@code ## [Unreleased]} heading as they are, and the release names the version.
     */
    String changelog() {
        StringBuilder md = new StringBuilder("For CHANGELOG.md, under `## [Unreleased]` (released as ")
                .append(result.bump().next(result.releasedVersion()))
                .append("):\n\n");
        for (ClientImpact.Section section : ClientImpact.Section.values()) {
            List<ClientImpact.Finding> in = result.impact().findings().stream()
                    .filter(f -> f.section() == section)
                    .toList();
            if (in.isEmpty()) {
                continue;
            }
            md.append("### ").append(title(section)).append('\n');
            in.forEach(f -> md.append("- `")
                    .append(f.where())
                    .append("`: ")
                    .append(f.changelog())
                    .append('\n'));
        }
        if (result.impact().findings().isEmpty()) {
            md.append(result.isChanged() ? "- Documentation of the API spec updated.\n" : "- (nothing)\n");
        }
        return md.toString();
    }

    /** openapi-diff's markdown for a diff, read as UTF-8 (its String-returning render is deprecated). */
    private static String openApiDiffMarkdown(ChangedOpenApi diff) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String title(ClientImpact.Section section) {
        return section.name().charAt(0) + section.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static void list(StringBuilder md, String title, List<ClientImpact.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        md.append(findings.stream()
                .map(f -> "- `" + f.where() + "`: **" + f.what() + "**"
                        + f.java().stream().map(j -> "\n  - Java: `" + j + "`").collect(Collectors.joining()))
                .collect(Collectors.joining("\n", "", "\n\n")));
    }
}
