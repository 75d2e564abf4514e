package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guard catches breaking changes and lets compatible ones pass. Each test edits a copy of the
 * released baseline the way a careless change would, then runs the same guard code the build runs.
 * (The baseline, not the current spec: it only changes at a release, so these edits keep finding
 * their targets while the spec evolves.)
 */
class SpecChangeGuardDetectionTest {

    static final String BASELINE = "baseline.yaml";
    static final String OPERATION = "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes";

    @TempDir
    Path dir;

    static String spec() {
        String baseline = System.getProperty("spec.baseline");
        assertThat(baseline)
                .as("system property spec.baseline (set by api-spec/pom.xml)")
                .isNotBlank();
        try {
            return Files.readString(Path.of(baseline));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> breaking(SpecChangeGuard.Result result) {
        return result.impact().with(ClientImpact.Severity.BREAKING).stream()
                .map(Object::toString)
                .toList();
    }

    /** Replaces exactly one occurrence, so an edit that misses its target fails the test, not the guard. */
    static String editOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("test edit target %s", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1))
                .as("test edit target %s is unique", from)
                .isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The baseline with one more optional string parameter on the list operation. */
    static String withOptionalListParameter(String name, String in) {
        String responses =
                "      responses:\n        \"200\":\n          description: The routes of the gateway, one page.";
        String parameter = """
                        - name: %s
                          in: %s
                          required: false
                          schema:
                            type: string
                """.formatted(name, in);
        return editOnce(spec(), responses, parameter + responses);
    }

    @Test
    void identicalDocumentsHaveNoChanges() {
        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), spec());

        assertThat(result.isChanged()).isFalse();
        assertThat(result.isBreaking()).isFalse();
        assertThat(SpecChangeGuard.markdownReport(result, BASELINE, false)).contains("**Verdict: no changes**");
    }

    @Test
    void removedRequiredFieldBreaks() {
        // Route.name: out of the properties and out of the required list
        String changed =
                editOnce(spec(), "        name:\n          type: string\n        version:\n", "        version:\n");
        changed = editOnce(changed, "gateway_id, modified_at, name, version]", "gateway_id, modified_at, version]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly("Route.name: required field removed [Java: String RouteDto.getName() removed]");
        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
    }

    @Test
    void removedOptionalFieldBreaks() {
        // RouteVersion.is_valid is optional: openapi-diff alone would call this compatible
        String changed = editOnce(spec(), "        is_valid:\n          type: boolean\n", "");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly(
                        "RouteVersion.is_valid: field removed [Java: Boolean RouteVersionDto.getIsValid() removed]");
    }

    @Test
    void typeChangeBreaks() {
        String changed = editOnce(
                spec(),
                "        gateway_id:\n          type: string\n        modified_at:",
                "        gateway_id:\n          type: integer\n        modified_at:");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly(
                        "Route.gateway_id: type changed from string to integer [Java: String RouteDto.getGatewayId()"
                                + " becomes Integer RouteDto.getGatewayId()]");
        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
    }

    @Test
    void removedEnumValueBreaks() {
        // RateProperties.limitType, inside the RateElement variant of the elements oneOf
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly("RateProperties.limitType: enum value `cost` removed"
                        + " [Java: RatePropertiesDto.LimitTypeEnum.COST removed]");
    }

    @Test
    void breakingChangeInASharedSchemaIsReportedOnce() {
        // CloudflareError is the body of 401, 403, 404, 429 and 5XX: one generated class, one finding
        String changed = editOnce(
                spec(),
                "required: [code, message]\n      properties:\n        code:\n          type: integer",
                "required: [code, message]\n      properties:\n        code:\n          type: string");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly("CloudflareError.code: type changed from integer to string"
                        + " [Java: Integer CloudflareErrorDto.getCode() becomes String CloudflareErrorDto.getCode()]");
    }

    @Test
    void removedQueryParameterBreaks() {
        String changed = editOnce(spec(), """
                        - name: per_page
                          in: query
                          required: false
                          description: Number of routes per page.
                          schema:
                            type: integer
                            format: int32
                            minimum: 1
                """, "");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly(OPERATION + " query parameter per_page: parameter removed"
                        + " [Java: DynamicRoutesApi.ListRoutesQueryParams.perPage(Integer) removed]");
    }

    @Test
    void newEnumValueOfAParameterIsCompatibleWithoutAWarning() {
        String before = editOnce(withOptionalListParameter("direction", "query"), """
                        - name: direction
                          in: query
                          required: false
                          schema:
                            type: string
                """, """
                        - name: direction
                          in: query
                          required: false
                          schema:
                            type: string
                            enum: [asc]
                """);
        String changed = editOnce(before, "enum: [asc]", "enum: [asc, desc]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(before, changed);

        assertThat(result.impact().findings()).singleElement().satisfies(f -> {
            assertThat(f.severity())
                    .as("the client sends it; nothing it reads changes")
                    .isEqualTo(ClientImpact.Severity.COMPATIBLE);
            assertThat(f.where()).isEqualTo(OPERATION + " query parameter direction");
            assertThat(f.changelog()).isEqualTo("the API now accepts `desc`");
        });
    }

    @Test
    void optionalParameterMadeRequiredBreaks() {
        String changed = editOnce(
                spec(),
                "        - name: page\n          in: query\n          required: false\n",
                "        - name: page\n          in: query\n          required: true\n");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
        assertThat(breaking(result)).containsExactly(OPERATION + " query parameter page: parameter is now required");
    }

    @Test
    void addedOptionalFieldPasses() {
        String changed = editOnce(
                spec(),
                "        is_valid:\n          type: boolean\n",
                "        is_valid:\n          type: boolean\n        note:\n          type: string\n");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isChanged()).isTrue();
        assertThat(result.isBreaking()).isFalse();
        assertThat(SpecChangeGuard.markdownReport(result, BASELINE, false))
                .contains("**Verdict: compatible")
                .contains("note")
                .doesNotContain("## Breaking changes");
    }

    @Test
    void enforceFailsNamingWhatBrokeAndWritesReport() throws IOException {
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count]");
        changed = editOnce(changed, "        is_valid:\n          type: boolean\n", "");
        Path report = dir.resolve("target/spec-changes.md");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThatThrownBy(() -> SpecChangeGuard.enforce(result, BASELINE, report, false))
                .isInstanceOf(SpecChangeGuard.BreakingSpecChange.class)
                .hasMessageContaining("2 breaking change(s)")
                .hasMessageContaining(BASELINE)
                .hasMessageContaining("RouteVersion.is_valid: field removed")
                .hasMessageContaining("RateProperties.limitType: enum value `cost` removed")
                .hasMessageContaining("-Dspec.breaking-change.allowed=true")
                .hasMessageContaining(report.toAbsolutePath().toString());
        assertThat(Files.readString(report))
                .contains("**Verdict: BREAKING: the build fails")
                .contains("## Breaking changes")
                .contains("`RouteVersion.is_valid`: **field removed**")
                .contains("Java: `Boolean RouteVersionDto.getIsValid() removed`")
                .contains("## All changes (openapi-diff)");
    }

    @Test
    void enforcePassesADeclaredBreakingChangeAndSaysSoInTheReport() throws IOException {
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count]");
        Path report = dir.resolve("spec-changes.md");

        SpecChangeGuard.enforce(SpecChangeGuard.compare(spec(), changed), BASELINE, report, true);

        assertThat(Files.readString(report))
                .contains("**Verdict: BREAKING, declared intended with -Dspec.breaking-change.allowed=true**")
                .contains("enum value `cost` removed");
    }

    @Test
    void newOptionalHeaderParameterSaysHowUsersSendIt() {
        String changed = withOptionalListParameter("X-Trace", "header");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isBreaking()).isFalse();
        assertThat(result.impact().findings())
                .singleElement()
                .satisfies(
                        f -> assertThat(f.what())
                                .isEqualTo(
                                        "new optional parameter (send it with `RequestOptions.builder().header(\"X-Trace\", …)`)"));
    }

    @Test
    void enforcePassesACompatibleChange() throws IOException {
        Path report = dir.resolve("spec-changes.md");

        SpecChangeGuard.enforce(SpecChangeGuard.compare(spec(), spec()), BASELINE, report, false);

        assertThat(Files.readString(report)).contains("**Verdict: no changes**");
    }

    @Test
    void unreadableDocumentGivesAClearError() {
        assertThatThrownBy(() -> SpecChangeGuard.compare(spec(), "openapi: [3.0.3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spec-change guard: cannot compare")
                .hasMessageContaining("baseline");
    }
}
