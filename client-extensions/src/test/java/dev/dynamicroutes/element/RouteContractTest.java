package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Route} as its javadoc states it: the builder requires every value but the elements is set
 * and names the first one missing, the dates are written as sent (decoded) or as ISO-8601 with their
 * offset (built), and two routes are equal when every field is.
 */
class RouteContractTest {

    static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.UTC);
    static final OffsetDateTime MODIFIED = OffsetDateTime.of(2025, 3, 5, 8, 0, 0, 1_000_000, ZoneOffset.ofHours(2));

    @Test
    @SuppressWarnings("NullAway") // the table passes null on purpose: the builder must name the value
    void theBuilderNamesTheFirstMissingValue() {
        List<String> table = new ArrayList<>();
        table.add("id: " + missing(b -> b.id(null)));
        table.add("name: " + missing(b -> b.name(null)));
        table.add("accountTag: " + missing(b -> b.accountTag(null)));
        table.add("gatewayId: " + missing(b -> b.gatewayId(null)));
        table.add("createdAt: " + missing(b -> b.createdAt(null)));
        table.add("modifiedAt: " + missing(b -> b.modifiedAt(null)));
        table.add("deployment: " + missing(b -> b.deployment(null)));
        table.add("version: " + missing(b -> b.version(null)));
        table.add("elements: " + missing(b -> b.elements(null)));
        table.add("all set: " + missing(b -> b));

        assertThat(table)
                .containsExactly(
                        "id: id: missing required field",
                        "name: name: missing required field",
                        "accountTag: account_tag: missing required field",
                        "gatewayId: gateway_id: missing required field",
                        "createdAt: created_at: missing required field",
                        "modifiedAt: modified_at: missing required field",
                        "deployment: deployment: missing required field",
                        "version: version: missing required field",
                        "elements: elements: missing required field",
                        "all set: Route[id=r1, name=premium, elements=0]");
    }

    @Test
    void builtDatesAreWrittenAsIsoWithTheirOffsetAndDecodedOnesAsSent() throws Exception {
        Route built = complete().build();
        String json = MAPPER.writeValueAsString(built);

        assertThat(json)
                .contains("\"created_at\":\"2025-03-04T10:15:30Z\"")
                .contains("\"modified_at\":\"2025-03-05T08:00:00.001+02:00\"");
        assertThat(built.createdAt()).isEqualTo(CREATED);
        assertThat(built.modifiedAt()).isEqualTo(MODIFIED);

        ObjectNode response = allTypesResponse();
        firstRoute(response).put("created_at", "2025-03-04T10:15:30.000Z");
        Route decoded = decodeFirst(response);
        assertThat(decoded.createdAt()).isEqualTo(CREATED);
        assertThat(MAPPER.writeValueAsString(decoded))
                .contains("\"created_at\":\"2025-03-04T10:15:30.000Z\"")
                .contains("\"modified_at\":\"2025-03-05T08:00:00.001+02:00\"");
    }

    @Test
    void routesAreEqualWhenEveryFieldIs() throws Exception {
        Route base = complete().build();
        assertThat(base)
                .isEqualTo(complete().build())
                .hasSameHashCodeAs(complete().build());

        List<Route> different = List.of(
                complete().id("r2").build(),
                complete().name("other").build(),
                complete().accountTag("b").build(),
                complete().gatewayId("h").build(),
                complete().createdAt(CREATED.plusSeconds(1)).build(),
                complete().modifiedAt(MODIFIED.plusSeconds(1)).build(),
                complete()
                        .deployment(RouteDeployment.of("d2", "v", "2025-03-04 10:20:00", null))
                        .build(),
                complete()
                        .version(RouteVersion.of(
                                "v", false, "2025-03-04 10:19:00", "{}", RouteVersion.Validity.VALID, null))
                        .build(),
                complete().elements(List.of(EndElement.of("end"))).build());
        for (Route other : different) {
            assertThat(base).as(other.toString()).isNotEqualTo(other);
        }

        ObjectNode withExtra = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(base));
        withExtra.put("priority", 1);
        Route decodedWithExtra = MAPPER.treeToValue(withExtra, Route.class);
        assertThat(decodedWithExtra).isNotEqualTo(base);
        assertThat(decodedWithExtra.additionalProperties()).containsOnlyKeys("priority");
        assertThat(MAPPER.writeValueAsString(decodedWithExtra)).endsWith(",\"priority\":1}");
        assertThat(MAPPER.treeToValue(MAPPER.readTree(MAPPER.writeValueAsString(base)), Route.class))
                .isEqualTo(base);
    }

    private static String missing(UnaryOperator<Route.Builder> edit) {
        Throwable thrown = catchThrowable(() -> edit.apply(complete()).build());
        if (thrown instanceof RouteDecodeException e) {
            return e.field() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "");
        }
        return thrown == null ? edit.apply(complete()).build().toString() : thrown.toString();
    }

    private static Route.Builder complete() {
        return Route.builder()
                .id("r1")
                .name("premium")
                .accountTag("a")
                .gatewayId("g")
                .createdAt(CREATED)
                .modifiedAt(MODIFIED)
                .deployment(deployment())
                .version(version())
                .elements(List.of());
    }

    private static RouteDeployment deployment() {
        return RouteDeployment.of("d", "v", "2025-03-04 10:20:00", null);
    }

    private static RouteVersion version() {
        return RouteVersion.of("v", true, "2025-03-04 10:19:00", "{}", RouteVersion.Validity.VALID, null);
    }
}
