package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spec states the facts of the real API (see shared/reference/api-facts.md). */
class SpecFactsTest {

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
        assertThat(api.getPaths()).containsOnlyKeys(PATH);
    }

    @Test
    void parameters() {
        Map<String, Parameter> params = api.getPaths().get(PATH).getGet().getParameters().stream()
                .collect(Collectors.toMap(Parameter::getName, p -> p));

        assertThat(params).containsOnlyKeys("account_id", "gateway_id", "page", "per_page");
        assertThat(params.get("account_id").getIn()).isEqualTo("path");
        assertThat(params.get("account_id").getRequired()).isTrue();
        assertThat(params.get("gateway_id").getIn()).isEqualTo("path");
        assertThat(params.get("gateway_id").getRequired()).isTrue();
        for (String q : List.of("page", "per_page")) {
            assertThat(params.get(q).getIn()).as(q).isEqualTo("query");
            assertThat(params.get(q).getRequired()).as(q).isNotEqualTo(Boolean.TRUE);
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
        assertThat(schema("ListRoutesResponse").getRequired()).containsExactlyInAnyOrder("success", "data");
        assertThat(schema("RoutesPage").getProperties())
                .containsOnlyKeys("order_by", "order_by_direction", "page", "per_page", "routes");
    }

    @Test
    void routeWireNamesAreSnakeCase() {
        assertThat(schema("Route").getProperties())
                .containsOnlyKeys(
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
        assertThat(active.getEnum()).map(String::valueOf).containsExactly("true", "false");

        assertThat(property("RouteVersion", "is_valid").getType()).isEqualTo("boolean");
        assertThat(schema("RouteVersion").getRequired()).doesNotContain("is_valid", "comment");
        assertThat(property("RouteVersion", "comment").getNullable()).isTrue();
        assertThat(schema("Deployment").getRequired()).doesNotContain("comment");
        assertThat(property("Deployment", "comment").getNullable()).isTrue();
    }

    @Test
    void elementsAreOneOfSixVariantsWithoutDiscriminator() {
        Schema<?> element = schema("RouteElement");
        assertThat(element.getDiscriminator()).isNull();
        assertThat(element.getOneOf())
                .extracting(Schema::get$ref)
                .containsExactly(
                        "#/components/schemas/StartElement",
                        "#/components/schemas/ConditionalElement",
                        "#/components/schemas/PercentageElement",
                        "#/components/schemas/RateElement",
                        "#/components/schemas/ModelElement",
                        "#/components/schemas/EndElement");
    }

    @ParameterizedTest
    @CsvSource({
        "StartElement, start",
        "ConditionalElement, conditional",
        "PercentageElement, percentage",
        "RateElement, rate",
        "ModelElement, model",
        "EndElement, end"
    })
    void eachVariantRestrictsTypeToOneValue(String variant, String type) {
        assertThat(property(variant, "type").getEnum()).map(String::valueOf).containsExactly(type);
        assertThat(schema(variant).getRequired()).contains("id", "outputs", "type");
    }

    @Test
    void camelCaseWireNamesOfElements() {
        assertThat(schema("ElementRef").getProperties()).containsOnlyKeys("elementId");
        assertThat(schema("RateProperties").getProperties()).containsOnlyKeys("key", "limit", "limitType", "window");
        assertThat(property("RateProperties", "limitType").getEnum())
                .map(String::valueOf)
                .containsExactly("count", "cost");
        assertThat(schema("ModelProperties").getRequired())
                .containsExactlyInAnyOrder("provider", "model", "retries", "timeout");
        assertThat(schema("ConditionalOutputs").getProperties()).containsOnlyKeys("true", "false");
        assertThat(schema("SuccessFallbackOutputs").getProperties()).containsOnlyKeys("success", "fallback");
        assertThat(schema("StartOutputs").getProperties()).containsOnlyKeys("next");
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
        assertThat(responses).containsKeys("200", "400", "401", "403", "404", "429", "5XX");
        assertThat(schema("ListRoutesBadRequest").getProperties()).containsKeys("success", "errors", "result");
        assertThat(schema("CloudflareErrorEnvelope").getProperties())
                .containsOnlyKeys("success", "errors", "messages", "result");
        assertThat(schema("CloudflareError").getRequired()).containsExactlyInAnyOrder("code", "message");
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
        for (String type : List.of("start", "conditional", "percentage", "rate", "model", "end")) {
            assertThat(allTypes).contains("\"type\":\"" + type + "\"");
        }
    }
}
