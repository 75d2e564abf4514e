package dev.dynamicroutes.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dynamicroutes.benchmarks.PlainModels.MonomorphicElement;
import dev.dynamicroutes.element.ModelElement;
import dev.dynamicroutes.element.RateElement;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.graph.RouteGraph;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark inputs are what the benchmarks claim, and the baseline decodes the same data. */
class DecodeFixturesTest {

    private final ObjectMapper ours = RouteJson.newObjectMapper();

    @Test
    void everyElementWritesTypeLastAndTheRoutesCoverAllSixTypes() throws Exception {
        JsonNode routes = ours.readTree(RoutePages.page(3, 50, 50)).path("data").path("routes");

        assertThat(routes).hasSize(50);
        assertThat(routes.get(0).path("id").asText()).isEqualTo("01JC9Z4V9X6QK7QK0000000100");
        List<String> types = new ArrayList<>();
        for (JsonNode element : routes.get(0).path("elements")) {
            List<String> fields = new ArrayList<>();
            element.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).last().isEqualTo("type");
            types.add(element.path("type").asText());
        }
        assertThat(types)
                .hasSize(RoutePages.ELEMENTS_PER_ROUTE)
                .containsOnly("start", "conditional", "rate", "percentage", "model", "end")
                .contains("start", "conditional", "rate", "percentage", "model", "end");
    }

    @Test
    void routesAreValidForOurDecoderAndFormAConnectedGraph() throws Exception {
        Route route = ours.readValue(RoutePages.page(1, 50, 50), TypedPage.class)
                .data
                .routes
                .get(7);

        assertThat(route.elements()).hasSize(RoutePages.ELEMENTS_PER_ROUTE);
        assertThat(route.elements()).filteredOn(e -> e instanceof RateElement).hasSize(1);
        assertThat(route.elements()).filteredOn(e -> e instanceof ModelElement).hasSize(4);
        RouteGraph graph = RouteGraph.of(route);
        assertThat(graph.problems()).isEmpty();
        assertThat(graph.breadthFirst()).hasSize(RoutePages.ELEMENTS_PER_ROUTE);
    }

    @Test
    void theBaselineBindsEveryFieldOfEveryElementTypeToItsOneClass() throws Exception {
        byte[] page = RoutePages.page(1, 50, 50);
        ListRoutesResponseDto plain = PlainModels.newMapper().readValue(page, ListRoutesResponseDto.class);
        List<dev.dynamicroutes.generated.model.RouteDto> routes =
                plain.getData().getRoutes();

        assertThat(routes).hasSize(50);
        List<dev.dynamicroutes.generated.model.RouteElementDto> elements =
                routes.get(0).getElements();
        assertThat(elements).hasSize(RoutePages.ELEMENTS_PER_ROUTE).allMatch(e -> e instanceof MonomorphicElement);
        MonomorphicElement rate = (MonomorphicElement) elements.get(2);
        assertThat(rate.type).isEqualTo("rate");
        assertThat(rate.outputs).containsOnlyKeys("success", "fallback");
        assertThat(rate.outputs.get("fallback").getElementId()).isEqualTo("end-limited");
        assertThat(rate.properties.limit).isEqualByComparingTo(new BigDecimal(1000));
        assertThat(rate.properties.limitType).isEqualTo("count");
        MonomorphicElement conditional = (MonomorphicElement) elements.get(1);
        assertThat(conditional
                        .properties
                        .conditions
                        .path("metadata.tier")
                        .path("$eq")
                        .asText())
                .isEqualTo("premium");
        MonomorphicElement model = (MonomorphicElement) elements.get(5);
        assertThat(model.properties.provider).isEqualTo("openai");
        assertThat(model.properties.timeout).isEqualByComparingTo(new BigDecimal(30000));
        assertThat(routes.get(0).getModifiedAt().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void theOneMegabytePageIsAtLeastOneMegabyteOfTheSameRoutes() throws Exception {
        byte[] page = RoutePages.pageOfAtLeast(1024 * 1024);
        JsonNode routes = ours.readTree(page).path("data").path("routes");

        assertThat(page.length).isBetween(1024 * 1024, 1024 * 1024 + 4096);
        assertThat(routes.size()).isGreaterThan(50);
        List<Route> typed = ours.readValue(page, TypedPage.class).data.routes;
        assertThat(typed).hasSize(routes.size());
        List<RouteElement> last = typed.get(routes.size() - 1).elements();
        assertThat(last).hasSize(RoutePages.ELEMENTS_PER_ROUTE);
    }

    @Test
    void theBaselineMapperHasOurJacksonSettings() {
        ObjectMapper plain = PlainModels.newMapper();

        assertThat(plain.getDeserializationConfig().getDeserializationFeatures())
                .isEqualTo(ours.getDeserializationConfig().getDeserializationFeatures());
        assertThat(plain.getSerializationConfig().getSerializationFeatures())
                .isEqualTo(ours.getSerializationConfig().getSerializationFeatures());
        assertThat(plain.getDeserializationConfig().isEnabled(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES))
                .isEqualTo(ours.getDeserializationConfig().isEnabled(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES));
        assertThat(plain.getFactory().streamReadConstraints())
                .isSameAs(ours.getFactory().streamReadConstraints());
        // our routes need no module (they read and write themselves); the generated models need java.time
        assertThat(ours.getRegisteredModuleIds()).isEmpty();
        assertThat(plain.getRegisteredModuleIds()).containsExactly(new JavaTimeModule().getTypeId());
    }
}
