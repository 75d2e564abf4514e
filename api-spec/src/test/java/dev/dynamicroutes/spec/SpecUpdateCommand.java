package dev.dynamicroutes.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report step of {@code api-spec/spec-update.sh}: after the script built the baseline spec's jars
 * and sources and ran the whole build fail-at-end with the new spec, this writes the ONE report,
 * {@code target/spec-update-report.md}: verdict for this client, version bump, CHANGELOG draft, build
 * outcome, generated-sources diff and the japicmp results.
 *
 * <pre>{@code
 * java ... SpecUpdateCommand <baseline.yaml> <new.yaml> <repo root> <work dir> <build exit status>
 * }</pre>
 */
public final class SpecUpdateCommand { // public: exec:java runs its main

    static final String GENERATED_SOURCES = "generated-client/target/generated-sources/openapi/src/main/java";
    private static final int MAX_DIFF_LINES = 600;

    private SpecUpdateCommand() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException(
                    "usage: SpecUpdateCommand <baseline.yaml> <new.yaml> <repo root> <work dir> <build exit status>");
        }
        Path baseline = Path.of(args[0]);
        Path root = Path.of(args[2]);
        Path work = Path.of(args[3]);
        int buildStatus = Integer.parseInt(args[4]);

        SpecChangeGuard.Result result =
                SpecChangeGuard.compare(Files.readString(baseline), Files.readString(Path.of(args[1])));
        String report = new SpecChangeReport(result, baseline.getFileName().toString(), false)
                .asCommandReport()
                .withSection(
                        "Build with the new spec (`mvn -B -fae verify`)",
                        buildSection(buildStatus, work.resolve("build.log")))
                .withSection(
                        "Generated sources: baseline spec → new spec (imports left out)",
                        fenced(
                                "diff",
                                GeneratedSourcesDiff.between(
                                        work.resolve("baseline-generated"), root.resolve(GENERATED_SOURCES))))
                .withSection("Java API (japicmp): dynamic-routes-client", japicmp(root, "client-extensions", work))
                .withSection(
                        "Java API (japicmp): dynamic-routes-generated-client (internal, informational)",
                        japicmp(root, "generated-client", work))
                .render();
        Path out = root.resolve("target/spec-update-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report); // spec-update.sh prints its verdict and version lines
    }

    /** The reactor summary and every compile error and failed test the fail-at-end build logged. */
    static String buildSection(int status, Path log) throws IOException {
        StringBuilder md =
                new StringBuilder(status == 0 ? "**Passed.**\n\n" : "**Failed** (exit status " + status + ").\n\n");
        if (!Files.exists(log)) {
            return md.append("(no build log at `").append(log).append("`)").toString();
        }
        List<String> lines = Files.readAllLines(log);
        Set<String> problems = new LinkedHashSet<>();
        boolean summary = false;
        StringBuilder reactor = new StringBuilder();
        for (String line : lines) {
            if (line.contains("Reactor Summary")) {
                summary = true;
            } else if (summary && line.contains("BUILD ")) {
                summary = false;
            } else if (summary && !line.isBlank() && !line.equals("[INFO] ")) {
                reactor.append(line.replaceFirst("^\\[INFO\\] ", "")).append('\n');
            }
            if (line.startsWith("[ERROR] /") // javac: file:[line,col] message
                    || line.matches("\\[ERROR\\]   \\S+\\.\\S+:\\d+.*") // surefire/failsafe: Class.method:line message
                    || line.matches("\\[(ERROR|WARNING)\\] Tests run:.*(Failures|Errors): [1-9].* -- in .*")) {
                problems.add(line);
            } else if (line.startsWith("[ERROR] Failed to execute goal")) {
                problems.add(line.length() > 300 ? line.substring(0, 300) + " …" : line);
            }
        }
        md.append(fenced("", reactor.toString()));
        if (!problems.isEmpty()) {
            md.append("\nFailed goals, compile errors and failed tests:\n\n")
                    .append(fenced("", String.join("\n", problems)));
        }
        return md.append("\nFull log: `").append(log).append('`').toString();
    }

    /**
     * The japicmp diff of one module, and a link to its markdown report: the shared configuration in the
     * parent pom writes only the {@code .diff} and {@code .md} reports ({@code skipHtmlReport}), so only
     * a file that is there is named.
     */
    static String japicmp(Path root, String module, Path work) throws IOException {
        Path diff = root.resolve(module).resolve("target/japicmp/default-cli.diff");
        if (!Files.exists(diff)) {
            return "No comparison: the module did not build with the new spec (see the build section and `"
                    + work.resolve("japicmp.log") + "`).";
        }
        Path details = diff.resolveSibling("default-cli.md");
        return fenced("", Files.readString(diff)) + (Files.exists(details) ? "\nDetails: `" + details + "`" : "");
    }

    private static String fenced(String language, String text) {
        if (text.isBlank()) {
            return "(no changes)\n";
        }
        List<String> lines = text.lines().toList();
        String shown = lines.size() <= MAX_DIFF_LINES
                ? text
                : String.join("\n", lines.subList(0, MAX_DIFF_LINES)) + "\n… " + (lines.size() - MAX_DIFF_LINES)
                        + " more lines";
        return "```" + language + "\n" + shown.stripTrailing() + "\n```\n";
    }
}
