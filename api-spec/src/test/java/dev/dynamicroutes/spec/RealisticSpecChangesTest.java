package dev.dynamicroutes.spec;

import static dev.dynamicroutes.spec.SpecChangeGuardDetectionTest.breaking;
import static dev.dynamicroutes.spec.SpecChangeGuardDetectionTest.editOnce;
import static dev.dynamicroutes.spec.SpecChangeGuardDetectionTest.spec;
import static dev.dynamicroutes.spec.SpecChangeGuardDetectionTest.withOptionalListParameter;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The upstream changes maintainers actually meet (issue 13's table), each applied to a copy of the
 * released baseline, with the verdict, version bump and CHANGELOG draft this client's report gives.
 * The command {@code api-spec/spec-update.sh} writes the same report for a real new spec.
 */
class RealisticSpecChangesTest {

    static final String OPERATION = SpecChangeGuardDetectionTest.OPERATION;

    @Test
    void newOptionalRouteFieldIsCompatibleAndAMinorRelease() {
        String changed = editOnce(
                spec(),
                "        name:\n          type: string\n        version:\n",
                "        name:\n          type: string\n        description:\n          type: string\n        version:\n");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isBreaking()).isFalse();
        assertThat(result.impact().findings())
                .extracting(Object::toString)
                .containsExactly(
                        "Route.description: new optional field [Java: String RouteDto.getDescription() added]");
        assertThat(result.bump()).isEqualTo(VersionBump.MINOR);
        assertThat(report(result))
                .contains("**Verdict: compatible: changed")
                .contains("0.1.0 → 0.2.0")
                .contains(
                        "For CHANGELOG.md, under `## [Unreleased]` (released as 0.2.0):\n\n### Added\n- `Route.description`: new optional field");
    }

    @Test
    void newOptionalQueryParameterIsCompatibleAndNamesTheGeneratedJava() {
        String changed = withOptionalListParameter("order_by", "query");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isBreaking()).isFalse();
        assertThat(result.impact().findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(ClientImpact.Severity.COMPATIBLE);
            assertThat(f.where()).isEqualTo(OPERATION + " query parameter order_by");
            assertThat(f.what())
                    .isEqualTo("new optional parameter"
                            + " (send it with `RequestOptions.builder().queryParameter(\"order_by\", …)`)");
            assertThat(f.java())
                    .contains("DynamicRoutesApi.ListRoutesQueryParams.orderBy(String) added")
                    .anySatisfy(j -> assertThat(j).contains("gains a parameter"));
        });
        assertThat(result.bump()).isEqualTo(VersionBump.MINOR);
        assertThat(report(result))
                .contains("### Added\n- `" + OPERATION
                        + " query parameter order_by`: new optional parameter (send it with");
    }

    @Test
    void newEnumValueIsCompatibleWithAWarningThoughOpenApiDiffCallsItIncompatible() {
        String changed = editOnce(spec(), "enum: [count, cost]", "enum: [count, cost, tokens]");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.diff().isIncompatible())
                .as("openapi-diff's own verdict")
                .isTrue();
        assertThat(result.isBreaking()).isFalse();
        assertThat(result.impact().with(ClientImpact.Severity.WARNING))
                .singleElement()
                .asString()
                .startsWith("RateProperties.limitType: new enum value `tokens` has no constant in the released client")
                .contains("RatePropertiesDto.LimitTypeEnum.TOKENS added");
        assertThat(report(result))
                .contains("**Verdict: compatible, with warnings**")
                .contains("openapi-diff alone: incompatible")
                .contains("## Warnings")
                .as("the CHANGELOG line is for users of the client, not the maintainer's warning")
                .contains("### Added\n- `RateProperties.limitType`: the API may now send `tokens`;"
                        + " the client reads it as sent and writes it back unchanged\n");
    }

    @Test
    void newElementVariantIsAWarningThatItHasNoTypedClass() {
        String changed = editOnce(spec(), "        - $ref: \"#/components/schemas/EndElement\"\n", """
                        - $ref: "#/components/schemas/EndElement"
                        - $ref: "#/components/schemas/CacheElement"
                """);
        changed = editOnce(changed, "    ListRoutesBadRequest:\n", """
                    CacheElement:
                      type: object
                      required: [id, outputs, type]
                      properties:
                        id:
                          type: string
                        outputs:
                          $ref: "#/components/schemas/SuccessFallbackOutputs"
                        type:
                          type: string
                          enum: [cache]
                    ListRoutesBadRequest:
                """);

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isBreaking()).isFalse();
        assertThat(result.impact().findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(ClientImpact.Severity.WARNING);
            assertThat(f.where()).isEqualTo("RouteElement");
            assertThat(f.what()).startsWith("variant `cache` has no typed class");
        });
        assertThat(result.bump()).isEqualTo(VersionBump.MINOR);
        assertThat(report(result))
                .contains("variant `cache` has no typed class")
                .contains("### Added\n- `RouteElement`: the API may now send elements of type `cache`; the client"
                        + " reads them as `UnknownElement` (`id()`, `outputs()`, `json()` as sent) and writes them"
                        + " back unchanged\n");
    }

    @Test
    void removedFieldIsBreakingOnceWithItsJavaSignature() {
        String changed = editOnce(
                spec(),
                "      required: [order_by, order_by_direction, page, per_page, routes]",
                "      required: [order_by, page, per_page, routes]");
        changed = editOnce(
                changed, "        order_by_direction:\n          type: string\n        page:", "        page:");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly("RoutesPage.order_by_direction: required field removed"
                        + " [Java: String RoutesPageDto.getOrderByDirection() removed]");
        assertThat(result.impact().findings()).hasSize(1);
        assertThat(result.bump()).isEqualTo(VersionBump.MAJOR);
        assertThat(report(result))
                .contains("0.1.0 → 0.2.0")
                .contains("### Removed\n- `RoutesPage.order_by_direction`: required field removed");
    }

    @Test
    void narrowedNumberIsBreakingOnceWithTheChangedGetter() {
        String changed = editOnce(
                spec(),
                "        limit:\n          type: number\n        limitType:",
                "        limit:\n          type: integer\n        limitType:");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(breaking(result))
                .containsExactly(
                        "RateProperties.limit: type changed from number to integer"
                                + " [Java: BigDecimal RatePropertiesDto.getLimit() becomes Integer RatePropertiesDto.getLimit()]");
        assertThat(result.impact().findings()).hasSize(1);
        assertThat(report(result)).contains("### Changed\n- `RateProperties.limit`: type changed");
    }

    @Test
    void descriptionOnlyChangeIsAPatch() {
        String changed = editOnce(spec(), "description: Page number (1-based).", "description: Page number, from 1.");

        SpecChangeGuard.Result result = SpecChangeGuard.compare(spec(), changed);

        assertThat(result.isChanged()).isTrue();
        assertThat(result.impact().findings()).isEmpty();
        assertThat(result.bump()).isEqualTo(VersionBump.PATCH);
        assertThat(result.bump().next("0.1.0")).isEqualTo("0.1.1");
    }

    private static String report(SpecChangeGuard.Result result) {
        return SpecChangeGuard.markdownReport(result, "baseline.yaml", false);
    }
}
