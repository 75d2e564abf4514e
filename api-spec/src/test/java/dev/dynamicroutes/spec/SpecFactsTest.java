package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The spec still states what we know of the real API: a SUPERSET check. New fields, parameters,
 * enum values and element variants pass (the spec-change report lists them, with a warning where the
 * client has no typed case); a known fact that disappears fails with a short difference and the
 * documented step to take (CONTRIBUTING.md, "When the spec changes"). Element variants are not listed here:
 * what we know is what the last release's baseline has.
 */
class SpecFactsTest {

    static final String STEP = "If the real API changed, it is a breaking change:"
            + " CONTRIBUTING.md \"When the spec changes\", step 3, then remove this fact from SpecFactsTest.";

    static final String PATH = "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes";

    static OpenAPI api;

    @BeforeAll
    static void load() {
        api = SpecDocument.parse(SpecDocument.packagedText()).getOpenAPI();
    }

    static Schema<?> schema(String name) {
        Schema<?> schema = api.getComponents().getSchemas().get(name);
        assertThat(schema).as("component schema %s", name).isNotNull();
        return schema;
    }

    /** Fails, readably, when {@code actual} lost any of {@code known}; more than known is fine (the report lists it). */
    static void hasAtLeast(String what, Collection<?> actual, Collection<?> known) {
        Set<String> have = actual == null
                ? Set.of()
                : actual.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = known.stream()
                .map(String::valueOf)
                .filter(k -> !have.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new AssertionError(what + " lost " + missing + " (now " + have + "). " + STEP);
        }
    }

    static void hasAtLeast(String what, Collection<?> actual, Object... known) {
        hasAtLeast(what, actual, List.of(known));
    }

    static Set<String> keys(Map<String, ?> map) {
        return map == null ? Set.of() : map.keySet();
    }

    static OpenAPI baseline() {
        String path = System.getProperty("spec.baseline");
        assertThat(path)
                .as("system property spec.baseline (set by api-spec/pom.xml)")
                .isNotBlank();
        try {
            return SpecDocument.parse(Files.readString(Path.of(path))).getOpenAPI();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema<?> property(String schemaName, String property) {
        Schema<?> p = schema(schemaName).getProperties().get(property);
        assertThat(p).as("%s.%s", schemaName, property).isNotNull();
        return p;
    }

    @Test
    void serverAndOperation() {
        assertThat(api.getServers())
                .singleElement()
                .satisfies(s -> assertThat(s.getUrl()).isEqualTo("https://api.cloudflare.com/client/v4"));
        Operation get = api.getPaths().get(PATH).getGet();
        assertThat(get.getOperationId()).isEqualTo("listRoutes");
        hasAtLeast("paths", keys(api.getPaths()), PATH);
    }

    @Test
    void parameters() {
        Map<String, Parameter> params = api.getPaths().get(PATH).getGet().getParameters().stream()
                .collect(Collectors.toMap(Parameter::getName, p -> p));

        hasAtLeast("listRoutes parameters", params.keySet(), "account_id", "gateway_id", "page", "per_page");
        assertThat(params.get("account_id").getIn()).isEqualTo("path");
        assertThat(params.get("account_id").getRequired()).isTrue();
        assertThat(params.get("gateway_id").getIn()).isEqualTo("path");
        assertThat(params.get("gateway_id").getRequired()).isTrue();
        for (String q : List.of("page", "per_page")) {
            assertThat(params.get(q).getIn()).as(q).isEqualTo("query");
            assertThat(params.get(q).getRequired()).as(q).isNotEqualTo(true);
            assertThat(params.get(q).getSchema().getType()).as(q).isEqualTo("integer");
        }
    }

    @Test
    void twoSecurityAlternatives() {
        Map<String, SecurityScheme> schemes = api.getComponents().getSecuritySchemes();
        assertThat(schemes.get("apiToken").getType()).isEqualTo(SecurityScheme.Type.HTTP);
        assertThat(schemes.get("apiToken").getScheme()).isEqualTo("bearer");
        assertThat(schemes.get("apiEmail").getType()).isEqualTo(SecurityScheme.Type.APIKEY);
        assertThat(schemes.get("apiEmail").getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(schemes.get("apiEmail").getName()).isEqualTo("X-Auth-Email");
        assertThat(schemes.get("apiKey").getIn()).isEqualTo(SecurityScheme.In.HEADER);
        assertThat(schemes.get("apiKey").getName()).isEqualTo("X-Auth-Key");

        List<SecurityRequirement> security = api.getSecurity();
        assertThat(security).hasSize(2);
        assertThat(security.get(0)).containsOnlyKeys("apiToken");
        // email and key are ONE alternative: both headers together
        assertThat(security.get(1)).containsOnlyKeys("apiEmail", "apiKey");
    }

    @Test
    void responseEnvelopeUsesDataNotResult() {
        hasAtLeast("ListRoutesResponse.required", schema("ListRoutesResponse").getRequired(), "success", "data");
        hasAtLeast(
                "RoutesPage fields",
                keys(schema("RoutesPage").getProperties()),
                "order_by",
                "order_by_direction",
                "page",
                "per_page",
                "routes");
    }

    @Test
    void routeWireNamesAreSnakeCase() {
        hasAtLeast(
                "Route fields",
                keys(schema("Route").getProperties()),
                "id",
                "account_tag",
                "created_at",
                "deployment",
                "elements",
                "gateway_id",
                "modified_at",
                "name",
                "version");
        assertThat(property("Route", "created_at").getFormat()).isEqualTo("date-time");
        assertThat(property("Route", "modified_at").getFormat()).isEqualTo("date-time");
        // deployment/version created_at are plain strings upstream, not guaranteed date-times
        assertThat(property("Deployment", "created_at").getFormat()).isNull();
        assertThat(property("RouteVersion", "created_at").getFormat()).isNull();
    }

    @Test
    void versionActiveIsAStringEnumAndNewerFieldsAreOptional() {
        Schema<?> active = property("RouteVersion", "active");
        assertThat(active.getType()).isEqualTo("string");
        hasAtLeast("RouteVersion.active values", active.getEnum(), "true", "false");

        assertThat(property("RouteVersion", "is_valid").getType()).isEqualTo("boolean");
        assertThat(schema("RouteVersion").getRequired()).doesNotContain("is_valid", "comment");
        assertThat(property("RouteVersion", "comment").getNullable()).isTrue();
        assertThat(schema("Deployment").getRequired()).doesNotContain("comment");
        assertThat(property("Deployment", "comment").getNullable()).isTrue();
    }

    @Test
    void elementsAreAOneOfWithoutDiscriminatorKeepingEveryReleasedVariant() {
        Schema<?> element = schema(SpecModel.ELEMENT_UNION);
        assertThat(element.getDiscriminator()).isNull();
        hasAtLeast(
                "RouteElement variants",
                SpecModel.elementVariants(api).stream()
                        .map(SpecModel.Variant::schemaName)
                        .toList(),
                SpecModel.elementVariants(baseline()).stream()
                        .map(SpecModel.Variant::schemaName)
                        .toList());
    }

    @Test
    void eachVariantRestrictsTypeToOneValue() {
        assertThat(SpecModel.elementVariants(api)).isNotEmpty().allSatisfy(variant -> {
            assertThat(variant.typeValue())
                    .as("%s: property type with exactly one enum value", variant.schemaName())
                    .isPresent();
            hasAtLeast(
                    variant.schemaName() + ".required",
                    schema(variant.schemaName()).getRequired(),
                    "id",
                    "outputs",
                    "type");
        });
    }

    @Test
    void camelCaseWireNamesOfElements() {
        hasAtLeast("ElementRef fields", keys(schema("ElementRef").getProperties()), "elementId");
        hasAtLeast(
                "RateProperties fields",
                keys(schema("RateProperties").getProperties()),
                "key",
                "limit",
                "limitType",
                "window");
        hasAtLeast(
                "RateProperties.limitType values",
                property("RateProperties", "limitType").getEnum(),
                "count",
                "cost");
        hasAtLeast(
                "ModelProperties.required",
                schema("ModelProperties").getRequired(),
                "provider",
                "model",
                "retries",
                "timeout");
        hasAtLeast(
                "ConditionalOutputs fields", keys(schema("ConditionalOutputs").getProperties()), "true", "false");
        hasAtLeast(
                "SuccessFallbackOutputs fields",
                keys(schema("SuccessFallbackOutputs").getProperties()),
                "success",
                "fallback");
        hasAtLeast("StartOutputs fields", keys(schema("StartOutputs").getProperties()), "next");
    }

    @Test
    void mapShapedOutputsAndFreeFormConditions() {
        assertThat(property("PercentageElement", "outputs").getAdditionalProperties())
                .isInstanceOf(Schema.class);
        assertThat(property("EndElement", "outputs").getAdditionalProperties()).isInstanceOf(Schema.class);
        Schema<?> conditions = property("ConditionalProperties", "conditions");
        assertThat(conditions.getType()).as("free-form: any JSON").isNull();
        assertThat(schema("ConditionalProperties").getRequired()).isNull();
    }

    @Test
    void errorResponses() {
        var responses = api.getPaths().get(PATH).getGet().getResponses();
        hasAtLeast("listRoutes responses", keys(responses), "200", "400", "401", "403", "404", "429", "5XX");
        hasAtLeast(
                "ListRoutesBadRequest fields",
                keys(schema("ListRoutesBadRequest").getProperties()),
                "success",
                "errors",
                "result");
        hasAtLeast(
                "CloudflareErrorEnvelope fields",
                keys(schema("CloudflareErrorEnvelope").getProperties()),
                "success",
                "errors",
                "messages",
                "result");
        hasAtLeast("CloudflareError.required", schema("CloudflareError").getRequired(), "code", "message");
        assertThat(api.getComponents().getResponses().get("RateLimited").getHeaders())
                .containsKey("Retry-After");
        assertThat(api.getComponents()
                        .getResponses()
                        .get("NotFound")
                        .getContent()
                        .get("application/json")
                        .getExamples())
                .containsKey("notFound");
    }

    @Test
    void examplesIncludeReferencePageAndAllElementTypes() {
        var examples = api.getPaths()
                .get(PATH)
                .getGet()
                .getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getExamples();
        assertThat(examples).containsKeys("referencePage", "allElementTypes");
        // the parser keeps example values as Jackson trees: their text is JSON
        String allTypes = String.valueOf(examples.get("allElementTypes").getValue());
        // every variant the last release knows appears in it (a newer variant may, not must)
        for (SpecModel.Variant variant : SpecModel.elementVariants(baseline())) {
            assertThat(allTypes).contains("\"type\":\"" + variant.displayName() + "\"");
        }
    }

    @Test
    void aLostFactFailsShortlyNamingTheStepAndANewOnePasses() {
        hasAtLeast("Route fields", List.of("id", "name", "description"), "id", "name");

        assertThatThrownBy(() -> hasAtLeast(
                        "RoutesPage fields", List.of("order_by", "page"), "order_by", "order_by_direction", "page"))
                .hasMessageStartingWith("RoutesPage fields lost [order_by_direction] (now [order_by, page]).")
                .hasMessageContaining("CONTRIBUTING.md \"When the spec changes\", step 3")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }
}
