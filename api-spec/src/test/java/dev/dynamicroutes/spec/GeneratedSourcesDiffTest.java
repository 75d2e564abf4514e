package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourcesDiffTest {

    @TempDir
    Path dir;

    @Test
    void importOnlyChangesAreFilteredAndRealChangesShown() throws IOException {
        Path before = dir.resolve("before");
        Path after = dir.resolve("after");
        write(
                before,
                "m/RouteDto.java",
                "package m;",
                "import java.util.List;",
                "class RouteDto {",
                "  String name;",
                "}");
        write(
                after,
                "m/RouteDto.java",
                "package m;",
                "import java.util.Map;",
                "class RouteDto {",
                "  String name;",
                "}");
        write(
                before,
                "m/RatePropertiesDto.java",
                "package m;",
                "class R {",
                "  BigDecimal limit;",
                "  String key;",
                "}");
        write(after, "m/RatePropertiesDto.java", "package m;", "class R {", "  Integer limit;", "  String key;", "}");
        write(after, "m/CacheElementDto.java", "package m;", "class CacheElementDto {}");
        write(before, "m/GoneDto.java", "package m;", "class GoneDto {}");

        String diff = GeneratedSourcesDiff.between(before, after);

        assertThat(diff)
                .doesNotContain("RouteDto.java")
                .contains("+++ added: m/CacheElementDto.java")
                .contains("--- removed: m/GoneDto.java")
                .contains("--- baseline/m/RatePropertiesDto.java\n+++ new/m/RatePropertiesDto.java\n")
                .contains(" class R {\n-  BigDecimal limit;\n+  Integer limit;\n   String key;\n");
    }

    @Test
    void identicalTreesHaveNoDiff() throws IOException {
        write(dir.resolve("a"), "X.java", "class X {}");
        write(dir.resolve("b"), "X.java", "class X {}");

        assertThat(GeneratedSourcesDiff.between(dir.resolve("a"), dir.resolve("b")))
                .isEmpty();
    }

    @Test
    void distantChangesGetSeparateHunks() {
        List<String> a = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        List<String> b = List.of("1", "two", "3", "4", "5", "6", "7", "8", "nine", "10");

        assertThat(GeneratedSourcesDiff.diff(a, b)).isEqualTo(" 1\n-2\n+two\n 3\n 4\n@@\n 7\n 8\n-9\n+nine\n 10\n");
    }

    private static void write(Path root, String file, String... lines) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, List.of(lines));
    }
}
