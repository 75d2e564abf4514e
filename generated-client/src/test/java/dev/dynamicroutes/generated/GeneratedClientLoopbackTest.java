package dev.dynamicroutes.generated;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.generated.api.DynamicRoutesApi;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.generated.model.RouteDto;
import dev.dynamicroutes.generated.model.RouteVersionDto;
import feign.Feign;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * End to end through the generated code only: a real loopback HTTP server (WireMock) serves the
 * spec's own examples; the generated Feign interface, built with plain Feign + Jackson, calls it.
 *
 * <p>RouteDto elements are not decoded here: the generated {@code RouteElement} interface carries the
 * generator's unusable {@code @JsonTypeInfo(property="")} (the spec has no discriminator on purpose),
 * and polymorphic decoding is what client-extensions adds. This test ignores {@code elements} with a
 * mix-in and checks every other field.
 */
class GeneratedClientLoopbackTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    @JsonIgnoreProperties({"elements"})
    abstract static class IgnoreElements {}

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .addMixIn(RouteDto.class, IgnoreElements.class)
            .build();

    static String specExample(String name) throws IOException {
        try (InputStream in =
                GeneratedClientLoopbackTest.class.getClassLoader().getResourceAsStream("openapi/dynamic-routes.yaml")) {
            JsonNode spec = new YAMLMapper().readTree(in);
            JsonNode example = spec.at("/paths/~1accounts~1{account_id}~1ai-gateway~1gateways~1{gateway_id}~1routes"
                    + "/get/responses/200/content/application~1json/examples/" + name + "/value");
            assertThat(example.isMissingNode())
                    .as("example %s in the spec", name)
                    .isFalse();
            return MAPPER.writeValueAsString(example);
        }
    }

    DynamicRoutesApi api(String authHeader, String authValue) {
        return Feign.builder()
                .client(new Http2Client())
                .decoder(new JacksonDecoder(MAPPER))
                .requestInterceptor(t -> t.header(authHeader, authValue))
                .target(DynamicRoutesApi.class, server.baseUrl() + "/client/v4");
    }

    /**
     * The query-map form of the generated operation, the one client-extensions calls: the positional form
     * gains a parameter with every optional query parameter the spec adds, and this test has to keep
     * compiling through such a spec change (CONTRIBUTING.md, "When the spec changes").
     */
    static DynamicRoutesApi.ListRoutesQueryParams query() {
        return new DynamicRoutesApi.ListRoutesQueryParams();
    }

    void serve(String body) {
        server.stubFor(get(urlPathEqualTo(
                        "/client/v4/accounts/0d37909e38d3e99c29fa2cd343ac421a/ai-gateway/gateways/54442216/routes"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    @Test
    void referencePageExample() throws IOException {
        serve(specExample("referencePage"));

        ListRoutesResponseDto response = api("Authorization", "Bearer test-token")
                .listRoutes(
                        "0d37909e38d3e99c29fa2cd343ac421a",
                        "54442216",
                        query().page(2).perPage(25));

        server.verify(getRequestedFor(urlPathEqualTo(
                        "/client/v4/accounts/0d37909e38d3e99c29fa2cd343ac421a/ai-gateway/gateways/54442216/routes"))
                .withQueryParam("page", equalTo("2"))
                .withQueryParam("per_page", equalTo("25"))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withHeader("Accept", equalTo("application/json")));

        assertThat(response.getSuccess()).isTrue();
        assertThat(response.getData().getOrderBy()).isEqualTo("order_by");
        assertThat(response.getData().getOrderByDirection()).isEqualTo("order_by_direction");
        assertThat(response.getData().getPage()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(response.getData().getPerPage()).isEqualByComparingTo(BigDecimal.ZERO);
        RouteDto route = response.getData().getRoutes().get(0);
        assertThat(route.getId()).isEqualTo("id");
        assertThat(route.getAccountTag()).isEqualTo("account_tag");
        assertThat(route.getGatewayId()).isEqualTo("gateway_id");
        assertThat(route.getName()).isEqualTo("name");
        assertThat(route.getCreatedAt())
                .isEqualTo(OffsetDateTime.of(2019, 12, 27, 18, 11, 19, 117_000_000, ZoneOffset.UTC));
        assertThat(route.getModifiedAt())
                .isEqualTo(OffsetDateTime.of(2019, 12, 27, 18, 11, 19, 117_000_000, ZoneOffset.UTC));
        assertThat(route.getDeployment().getCreatedAt()).isEqualTo("created_at");
        assertThat(route.getDeployment().getDeploymentId()).isEqualTo("deployment_id");
        assertThat(route.getDeployment().getVersionId()).isEqualTo("version_id");
        assertThat(route.getDeployment().getComment()).isNull();
        assertThat(route.getVersion().getActive()).isEqualTo(RouteVersionDto.ActiveEnum.TRUE);
        assertThat(route.getVersion().getCreatedAt()).isEqualTo("created_at");
        assertThat(route.getVersion().getData()).isEqualTo("data");
        assertThat(route.getVersion().getVersionId()).isEqualTo("version_id");
        assertThat(route.getVersion().getIsValid()).isNull();
        assertThat(route.getVersion().getComment()).isNull();
    }

    @Test
    void allElementTypesExampleWithEmailAndKey() throws IOException {
        serve(specExample("allElementTypes"));

        ListRoutesResponseDto response =
                api("X-Auth-Key", "test-key").listRoutes("0d37909e38d3e99c29fa2cd343ac421a", "54442216", query());

        server.verify(getRequestedFor(urlPathEqualTo(
                        "/client/v4/accounts/0d37909e38d3e99c29fa2cd343ac421a/ai-gateway/gateways/54442216/routes"))
                .withHeader("X-Auth-Key", equalTo("test-key"))
                .withoutQueryParam("page")
                .withoutQueryParam("per_page"));

        assertThat(response.getData().getOrderBy()).isEqualTo("created_at");
        assertThat(response.getData().getOrderByDirection()).isEqualTo("desc");
        assertThat(response.getData().getPage()).isEqualByComparingTo("1");
        assertThat(response.getData().getPerPage()).isEqualByComparingTo("20");
        RouteDto route = response.getData().getRoutes().get(0);
        assertThat(route.getId()).isEqualTo("01JC9Z4V9X6QK7QK3X9N3W2F8E");
        assertThat(route.getName()).isEqualTo("premium-routing");
        assertThat(route.getGatewayId()).isEqualTo("54442216");
        assertThat(route.getAccountTag()).isEqualTo("0d37909e38d3e99c29fa2cd343ac421a");
        assertThat(route.getCreatedAt())
                .isEqualTo(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 123_000_000, ZoneOffset.UTC));
        assertThat(route.getModifiedAt()).isEqualTo(OffsetDateTime.of(2025, 3, 5, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(route.getDeployment().getComment()).isEqualTo("Canary for the premium tier");
        assertThat(route.getDeployment().getCreatedAt()).isEqualTo("2025-03-04 10:20:00");
        assertThat(route.getVersion().getActive()).isEqualTo(RouteVersionDto.ActiveEnum.TRUE);
        assertThat(route.getVersion().getIsValid()).isTrue();
        assertThat(route.getVersion().getComment()).isNull();
        assertThat(route.getVersion().getData()).isEqualTo("{}");
    }

    /**
     * How the client sends a query parameter it does not model ({@code RequestOptions} puts it in the
     * query map): it reaches the server once, as given. Also when the spec names it (an optional
     * {@code order_by} added upstream): the request line then carries {@code order_by={orderBy}},
     * which the query-map form leaves unbound, and Feign drops an unbound query template.
     */
    @Test
    void aQueryParameterPutInTheQueryMapIsSentOnce() throws IOException {
        serve(specExample("referencePage"));
        DynamicRoutesApi.ListRoutesQueryParams query = query().page(1).perPage(50);
        query.put("order_by", "name");

        api("Authorization", "Bearer t").listRoutes("0d37909e38d3e99c29fa2cd343ac421a", "54442216", query);

        assertThat(server.getAllServeEvents()).singleElement().satisfies(event -> {
            assertThat(event.getRequest().queryParameter("order_by").values()).containsExactly("name");
            assertThat(event.getRequest().queryParameter("page").values()).containsExactly("1");
            assertThat(event.getRequest().queryParameter("per_page").values()).containsExactly("50");
        });
    }

    @Test
    void activeFalseIsTheStringFalse() throws IOException {
        serve(specExample("referencePage").replace("\"active\":\"true\"", "\"active\":\"false\""));

        RouteDto route = api("Authorization", "Bearer t")
                .listRoutes("0d37909e38d3e99c29fa2cd343ac421a", "54442216", query())
                .getData()
                .getRoutes()
                .get(0);

        assertThat(route.getVersion().getActive()).isEqualTo(RouteVersionDto.ActiveEnum.FALSE);
    }
}
