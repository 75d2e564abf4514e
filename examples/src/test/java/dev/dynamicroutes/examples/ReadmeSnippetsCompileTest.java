package dev.dynamicroutes.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the root README.md, taken verbatim and compiled with javac against
 * this module's test class path (the published client and testing artifacts, JUnit, AssertJ), so that
 * a snippet a user copies compiles as shown: its variables declared, its imports written out.
 *
 * <p>A block that declares a type ({@code class}, {@code record}, …) is compiled as a source file of
 * its own; any other block is a run of statements after its imports, compiled as the body of a method
 * that may throw. All blocks are compiled together in the unnamed package, so a test block can use a
 * class from an earlier block, as the README's test-support section does. This module sees the
 * library as a user does: its public API only.
 */
class ReadmeSnippetsCompileTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("^(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|final|abstract|sealed|static)\\s+)*"
                    + "(?:class|record|interface|enum)\\s+(\\w+)");

    /** One {@code ```java} block: the README line it starts on and its text. */
    record Block(int line, String text) {}

    @Test
    void everyJavaBlockOfTheReadmeCompilesAsShown(@TempDir Path classes) throws IOException {
        List<Block> blocks = javaBlocks(Files.readString(README));
        assertThat(blocks).as("```java blocks in README.md").hasSizeGreaterThanOrEqualTo(10);

        List<String> errors = compile(blocks, classes);

        assertThat(errors).as("README.md blocks that do not compile").isEmpty();
    }

    /** The check itself fails on a block that uses an undeclared variable or lacks an import. */
    @Test
    void aBlockWithoutItsImportsOrVariablesIsReported(@TempDir Path classes) throws IOException {
        String readme = """
        # title
        ```java
        import dev.dynamicroutes.client.DynamicRoutesClient;

        DynamicRoutesClient client = DynamicRoutesClient.builder().fromEnv().build();
        ```
        text
        ```java
        RoutesPage page = client.listRoutes(accountId, "gw", 1, 50);
        ```
        """;
        List<Block> blocks = javaBlocks(readme);
        assertThat(blocks).extracting(Block::line).containsExactly(2, 8);

        List<String> errors = compile(blocks, classes);

        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .startsWith("README.md line 8:")
                        .contains("cannot find symbol")
                        .contains("RoutesPage")
                        .contains("client")
                        .contains("accountId"));
    }

    /** The {@code ```java} blocks, verbatim; an unterminated block is an error. */
    static List<Block> javaBlocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                assertThat(end)
                        .as("```java block at line %d is never closed", i + 1)
                        .isLessThan(lines.size());
                blocks.add(new Block(i + 1, String.join("\n", lines.subList(start, end))));
                i = end;
            }
        }
        return blocks;
    }

    /** Compiles all blocks in one javac run; returns one message per block that failed, naming its line. */
    static List<String> compile(List<Block> blocks, Path classes) throws IOException {
        List<JavaFileObject> sources =
                blocks.stream().map(ReadmeSnippetsCompileTest::source).toList();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("a JDK compiler (tests run on a JDK)").isNotNull();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options =
                    List.of("-classpath", testClassPath(), "-d", classes.toString(), "-proc:none", "-Xlint:none");
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            JavaFileObject source = sources.get(i);
            String messages = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() == source)
                    .map(d -> "  source line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                    .collect(Collectors.joining("\n"));
            if (!messages.isEmpty()) {
                errors.add("README.md line " + blocks.get(i).line() + ":\n" + messages + "\n--- compiled as:\n"
                        + source.getCharContent(true));
            }
        }
        List<String> unattributed = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && !sources.contains(d.getSource()))
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        assertThat(unattributed).as("javac errors outside the README blocks").isEmpty();
        return errors;
    }

    /**
     * A type declaration as its own file; statements after the imports as the body of a method. The
     * wrapper adds no import and declares no variable.
     */
    private static JavaFileObject source(Block block) {
        List<String> lines = block.text().lines().toList();
        int body = 0;
        while (body < lines.size()
                && (lines.get(body).isBlank() || lines.get(body).startsWith("import "))) {
            body++;
        }
        String imports = String.join("\n", lines.subList(0, body));
        String rest = String.join("\n", lines.subList(body, lines.size()));
        Matcher type = TYPE_DECLARATION.matcher(rest.strip());
        if (type.find()) {
            return new Source(type.group(1), block.text());
        }
        String name = "ReadmeSnippetAtLine" + block.line();
        return new Source(
                name,
                imports + "\n\nclass " + name + " {\n    void snippet() throws Exception {\n" + rest + "\n    }\n}\n");
    }

    /** Surefire puts the test class path here when it starts the JVM through a manifest-only jar. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String typeName, String code) {
            super(URI.create("string:///" + typeName + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
