package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static final String RESPONSE_200 =
            "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes, response 200 application/json: ";

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

    /** Replaces exactly one occurrence, so an edit that misses its target fails the test, not the guard. */
    static String editOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("test edit target %s", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1))
                .as("test edit target %s is unique", from)
                .isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
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

        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .contains(RESPONSE_200 + "data.routes[].name: required field removed");
        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
    }

    @Test
    void removedOptionalFieldBreaks() {
        // RouteVersion.is_valid is optional: openapi-diff alone would call this compatible
        String changed = editOnce(spec(), "        is_valid:\n          type: boolean\n", "");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .containsExactly(RESPONSE_200 + "data.routes[].version.is_valid: field removed");
    }

    @Test
    void typeChangeBreaks() {
        String changed = editOnce(
                spec(),
                "        gateway_id:\n          type: string\n        modified_at:",
                "        gateway_id:\n          type: integer\n        modified_at:");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .containsExactly(RESPONSE_200 + "data.routes[].gateway_id: type changed from string to integer");
        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
    }

    @Test
    void removedEnumValueBreaks() {
        // RateProperties.limitType, inside the RateElement variant of the elements oneOf
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .containsExactly(RESPONSE_200
                        + "data.routes[].elements[]<RateElement>.properties.limitType: enum value(s) removed: [cost]");
    }

    @Test
    void addedEnumValueBreaks() {
        // clients of the last release cannot decode a value they have no constant for
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count, cost, tokens]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges())
                .singleElement()
                .asString()
                .contains("limitType")
                .contains("enum value(s) added")
                .contains("tokens");
    }

    @Test
    void breakingChangeInASharedSchemaIsNamedAtEveryResponseThatUsesIt() {
        // CloudflareError is the body of 401, 403, 404, 429 and 5XX
        String changed = editOnce(
                spec(),
                "required: [code, message]\n      properties:\n        code:\n          type: integer",
                "required: [code, message]\n      properties:\n        code:\n          type: string");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges()).hasSize(5);
        assertThat(result.breakingChanges().get(0).toString())
                .endsWith("application/json: errors[].code: type changed from integer to string");
        assertThat(result.breakingChanges())
                .extracting(BreakingChanges.Change::location)
                .allSatisfy(location -> assertThat(location).endsWith("application/json: errors[].code"))
                .anySatisfy(location -> assertThat(location).contains("response 401"))
                .anySatisfy(location -> assertThat(location).contains("response 5XX"));
    }

    @Test
    void removedQueryParameterBreaks() {
        String changed = editOnce(
                spec(),
                "        - name: per_page\n          in: query\n          required: false\n"
                        + "          description: Number of routes per page.\n          schema:\n"
                        + "            type: integer\n            format: int32\n            minimum: 1\n",
                "");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .containsExactly(
                        "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes, query parameter per_page: parameter removed");
    }

    @Test
    void incompatibleChangeWithoutSpecificWordsIsStillNamedWhereItIs() {
        // an optional query parameter made required: openapi-diff calls it incompatible; the walker has
        // no words of its own for that, so its catch-all names the place
        String changed = editOnce(
                spec(),
                "        - name: page\n          in: query\n          required: false\n",
                "        - name: page\n          in: query\n          required: true\n");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
        assertThat(result.breakingChanges())
                .extracting(Object::toString)
                .containsExactly(
                        "GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes, query parameter page: "
                                + "incompatible change (ChangedParameter); see the report's details");
    }

    @Test
    void addedOptionalFieldPasses() {
        String changed = editOnce(
                spec(),
                "        is_valid:\n          type: boolean\n",
                "        is_valid:\n          type: boolean\n        note:\n          type: string\n");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isChanged()).isTrue();
        assertThat(result.breakingChanges()).isEmpty();
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
                .hasMessageContaining("data.routes[].version.is_valid: field removed")
                .hasMessageContaining("limitType: enum value(s) removed: [cost]")
                .hasMessageContaining("-Dspec.breaking-change.allowed=true")
                .hasMessageContaining(report.toAbsolutePath().toString());
        assertThat(Files.readString(report))
                .contains("**Verdict: BREAKING: the build fails")
                .contains("## Breaking changes")
                .contains("data.routes[].version.is_valid`: **field removed**")
                .contains("## All changes (openapi-diff)");
    }

    @Test
    void enforcePassesADeclaredBreakingChangeAndSaysSoInTheReport() throws IOException {
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count]");
        Path report = dir.resolve("spec-changes.md");

        SpecChangeGuard.enforce(SpecChangeGuard.compare(spec(), changed), BASELINE, report, true);

        assertThat(Files.readString(report))
                .contains("**Verdict: BREAKING, declared intended with -Dspec.breaking-change.allowed=true**")
                .contains("enum value(s) removed: [cost]");
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
