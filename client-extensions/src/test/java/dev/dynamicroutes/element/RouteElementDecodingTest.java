package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static dev.dynamicroutes.element.RouteFixtures.withTypeAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.element.RouteFixtures.TypePosition;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RouteElementDecodingTest {

    @ParameterizedTest
    @EnumSource(TypePosition.class)
    void decodesEveryTypeWhereverTypeStands(TypePosition position) throws Exception {
        Route route = decodeFirst(withTypeAt(allTypesResponse(), position));

        List<RouteElement> elements = route.elements();
        assertThat(elements)
                .extracting(RouteElement::type)
                .containsExactly("start", "conditional", "rate", "percentage", "model", "model", "end", "end");

        StartElement start = (StartElement) elements.get(0);
        assertThat(start.id()).isEqualTo("start");
        assertThat(start.next()).isEqualTo("is-premium");
        assertThat(start.outputs()).containsExactly(entry("next", "is-premium"));

        ConditionalElement conditional = (ConditionalElement) elements.get(1);
        assertThat(conditional.onTrue()).isEqualTo("premium-limit");
        assertThat(conditional.onFalse()).isEqualTo("split");
        assertThat(conditional.outputs()).containsExactly(entry("true", "premium-limit"), entry("false", "split"));
        JsonNode conditions = conditional.conditions().orElseThrow();
        assertThat(conditions.at("/$and/0/metadata.tier/$eq").textValue()).isEqualTo("premium");
        assertThat(conditions.at("/$and/1/metadata.score/$gt").decimalValue()).isEqualByComparingTo("0.75");

        RateElement rate = (RateElement) elements.get(2);
        assertThat(rate.key()).isEqualTo("metadata.user_id");
        assertThat(rate.limit()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(rate.limitType()).isEqualTo("count");
        assertThat(rate.window()).isEqualByComparingTo("3600");
        assertThat(rate.success()).isEqualTo("gpt");
        assertThat(rate.fallback()).isEqualTo("end-limited");
        assertThat(rate.outputs()).containsExactly(entry("success", "gpt"), entry("fallback", "end-limited"));

        PercentageElement percentage = (PercentageElement) elements.get(3);
        assertThat(percentage.outputs()).containsExactly(entry("canary", "claude"), entry("stable", "gpt"));

        ModelElement gpt = (ModelElement) elements.get(4);
        assertThat(gpt.provider()).isEqualTo("openai");
        assertThat(gpt.model()).isEqualTo("gpt-4o-mini");
        assertThat(gpt.retries()).isEqualByComparingTo("2");
        assertThat(gpt.timeout()).isEqualTo(new BigDecimal("30000.5"));
        assertThat(gpt.success()).isEqualTo("end");
        assertThat(gpt.fallback()).isEqualTo("claude");

        EndElement end = (EndElement) elements.get(6);
        assertThat(end.id()).isEqualTo("end");
        assertThat(end.outputs()).isEmpty();
    }

    @Test
    void decodesRouteMetadata() throws Exception {
        Route route = decodeFirst(allTypesResponse());

        assertThat(route.id()).isEqualTo("01JC9Z4V9X6QK7QK3X9N3W2F8E");
        assertThat(route.name()).isEqualTo("premium-routing");
        assertThat(route.accountTag()).isEqualTo("0d37909e38d3e99c29fa2cd343ac421a");
        assertThat(route.gatewayId()).isEqualTo("54442216");
        assertThat(route.createdAt()).isEqualTo(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 123_000_000, ZoneOffset.UTC));
        assertThat(route.modifiedAt())
                .isEqualTo(OffsetDateTime.of(2025, 3, 5, 8, 0, 0, 1_000_000, ZoneOffset.ofHours(2)));
        assertThat(route.deployment().deploymentId()).isEqualTo("dep-7f3a");
        assertThat(route.deployment().versionId()).isEqualTo("ver-0002");
        assertThat(route.deployment().createdAt()).isEqualTo("2025-03-04 10:20:00");
        assertThat(route.deployment().comment()).contains("Canary for the premium tier");
        assertThat(route.version().active()).isTrue();
        assertThat(route.version().validity()).isEqualTo(RouteVersion.Validity.VALID);
        assertThat(route.version().comment()).contains("second try");
        assertThat(route.version().data()).isEqualTo("{}");
    }

    @Test
    void optionalFieldsMayBeAbsentAndActiveMayBeFalse() throws Exception {
        ObjectNode response = allTypesResponse();
        ObjectNode route = RouteFixtures.firstRoute(response);
        ((ObjectNode) route.get("deployment")).remove("comment");
        ObjectNode version = (ObjectNode) route.get("version");
        version.remove("comment");
        version.remove("is_valid");
        version.put("active", "false");
        ((ObjectNode) elements(response).get(1).get("properties")).remove("conditions");

        Route decoded = decodeFirst(response);

        assertThat(decoded.deployment().comment()).isEmpty();
        assertThat(decoded.version().comment()).isEmpty();
        assertThat(decoded.version().validity()).isEqualTo(RouteVersion.Validity.NOT_REPORTED);
        assertThat(decoded.version().active()).isFalse();
        assertThat(((ConditionalElement) decoded.elements().get(1)).conditions())
                .isEmpty();
    }

    @Test
    void visitorCallsTheMethodOfEachKind() throws Exception {
        Route route = decodeFirst(allTypesResponse());
        ObjectNode unknownJson = (ObjectNode) MAPPER.readTree("{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{}}");
        List<RouteElement> all = new java.util.ArrayList<>(route.elements());
        all.add(new UnknownElement(unknownJson, "cache"));

        RouteElement.Visitor<String> names = new RouteElement.Visitor<>() {
            @Override
            public String visitStart(StartElement e) {
                return "start:" + e.next();
            }

            @Override
            public String visitConditional(ConditionalElement e) {
                return "conditional:" + e.onTrue();
            }

            @Override
            public String visitPercentage(PercentageElement e) {
                return "percentage:" + e.outputs().size();
            }

            @Override
            public String visitRate(RateElement e) {
                return "rate:" + e.key();
            }

            @Override
            public String visitModel(ModelElement e) {
                return "model:" + e.model();
            }

            @Override
            public String visitEnd(EndElement e) {
                return "end:" + e.id();
            }

            @Override
            public String visitUnknown(UnknownElement e) {
                return "unknown:" + e.type();
            }
        };

        assertThat(all)
                .extracting(e -> e.accept(names))
                .containsExactly(
                        "start:is-premium",
                        "conditional:premium-limit",
                        "rate:metadata.user_id",
                        "percentage:2",
                        "model:gpt-4o-mini",
                        "model:claude-3-5-haiku-latest",
                        "end:end",
                        "end:end-limited",
                        "unknown:cache");
    }

    @Test
    void elementTypesFormAClosedHierarchy() {
        // what makes a Java 21 pattern switch over RouteElement exhaustive
        assertThat(RouteElement.class.isSealed()).isTrue();
        assertThat(RouteElement.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(
                        StartElement.class,
                        ConditionalElement.class,
                        PercentageElement.class,
                        RateElement.class,
                        ModelElement.class,
                        EndElement.class,
                        UnknownElement.class);
    }

    @Test
    void equalRoutesAreEqual() throws Exception {
        Route a = decodeFirst(allTypesResponse());
        Route b = decodeFirst(withTypeAt(allTypesResponse(), TypePosition.FIRST));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.elements()).isEqualTo(b.elements());
        assertThat(a.elements().get(2)).isNotEqualTo(a.elements().get(3));
    }

    @Test
    void typedCollectionsAreUnmodifiable() throws Exception {
        Route route = decodeFirst(allTypesResponse());

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> route.elements().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> route.elements().get(3).outputs().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }
}
