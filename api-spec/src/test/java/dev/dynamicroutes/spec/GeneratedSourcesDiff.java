package dev.dynamicroutes.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A line diff of two trees of generated Java sources (baseline spec vs new spec), for the spec-update
 * report. Import lines are left out of the comparison: the generator adds and drops imports with the
 * types a class happens to use, which says nothing the changed members do not already say.
 *
 * <pre>{@code
 * String unified = GeneratedSourcesDiff.between(Path.of("baseline/src"), Path.of("new/src"));
 * }</pre>
 */
final class GeneratedSourcesDiff {

    private static final int CONTEXT = 2;

    private GeneratedSourcesDiff() {}

    /** Every added, removed and changed {@code .java} file, with unified-style hunks; empty when the same. */
    static String between(Path baseline, Path current) {
        TreeSet<String> files = new TreeSet<>(javaFiles(baseline));
        files.addAll(javaFiles(current));
        StringBuilder out = new StringBuilder();
        for (String file : files) {
            Path a = baseline.resolve(file);
            Path b = current.resolve(file);
            if (!Files.exists(a)) {
                out.append("+++ added: ").append(file).append('\n');
            } else if (!Files.exists(b)) {
                out.append("--- removed: ").append(file).append('\n');
            } else {
                String hunks = diff(withoutImports(read(a)), withoutImports(read(b)));
                if (!hunks.isEmpty()) {
                    out.append("--- baseline/").append(file).append('\n');
                    out.append("+++ new/").append(file).append('\n');
                    out.append(hunks);
                }
            }
        }
        return out.toString();
    }

    /** A unified-style diff of two line lists (longest common subsequence), {@value #CONTEXT} lines of context. */
    static String diff(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>(); // each prefixed ' ', '-' or '+'
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("-" + a.get(i++)); // removals before additions, as diff(1) prints them
            } else {
                lines.add("+" + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int lastPrinted = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).charAt(0) == ' ') {
                continue;
            }
            int from = Math.max(lastPrinted + 1, k - CONTEXT);
            if (from > lastPrinted + 1) {
                out.append("@@\n");
            }
            int to = k;
            // extend over nearby changes so that overlapping context prints once
            for (int m = k; m < lines.size() && m <= to + CONTEXT; m++) {
                if (lines.get(m).charAt(0) != ' ') {
                    to = m;
                }
            }
            int end = Math.min(lines.size() - 1, to + CONTEXT);
            for (int m = from; m <= end; m++) {
                out.append(lines.get(m)).append('\n');
            }
            lastPrinted = end;
            k = end;
        }
        return out.toString();
    }

    static List<String> withoutImports(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("import ")).toList();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> root.relativize(p).toString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
