package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a {@link RouteDecodeException} says the problem is, as values (JSON path, JSON pointer,
 * route index and id, element index and id) and in the message, for problems found at each level
 * the decoder tracks: a route slot, a number too large to hold at any depth, an element without
 * id, and an element decoded on its own. The route id is known once its field was read.
 */
class DecodeLocationsTest {

    static final String HUGE = "1e9999999999"; // an exponent beyond BigDecimal's range

    @Test
    void problemsInAPageAreLocatedInThePage() throws Exception {
        String route = MAPPER.writeValueAsString(firstRoute(allTypesResponse()));
        List<String> table = new ArrayList<>();
        for (String routes : List.of(
                "[null]",
                "[" + route + ",null]",
                "[7]",
                "[" + route + ",[]]",
                "[{\"id\":\"r9\",\"elements\":[{\"id\":\"m\",\"type\":\"model\",\"properties\":{\"retries\":" + HUGE
                        + "}}]}]",
                "[{\"elements\":[{\"id\":\"m\",\"type\":\"cache\",\"properties\":{\"x\":[" + HUGE + "]}}]}]",
                "[{\"id\":\"r9\",\"elements\":[{\"type\":\"end\",\"outputs\":{}}]}]",
                "[" + route + ",{\"id\":\"r9\",\"extra\":{\"deep\":[" + HUGE + "]}}]")) {
            table.add(located(() -> RouteFixtures.decode("{\"data\":{\"routes\":" + routes + "}}")));
        }

        assertThat(table)
                .containsExactly(
                        "$.data.routes[0] </data/routes/0> route 0 - element -1 - | route (routes[0]), field '': route is null",
                        "$.data.routes[1] </data/routes/1> route 1 - element -1 - | route (routes[1]), field '': route is null",
                        "$.data.routes[0] </data/routes/0> route 0 - element -1 - | route (routes[0]), field '':"
                                + " must be an object, was a number",
                        "$.data.routes[1] </data/routes/1> route 1 - element -1 - | route (routes[1]), field '':"
                                + " must be an object, was an array",
                        "$.data.routes[0].elements[0].properties.retries </data/routes/0/elements/0/properties/retries>"
                                + " route 0 r9 element 0 m | route 'r9' (routes[0]), element elements[0] id 'm',"
                                + " field 'properties.retries': number out of range: 1e9999999999",
                        "$.data.routes[0].elements[0].properties.x[0] </data/routes/0/elements/0/properties/x/0>"
                                + " route 0 - element 0 m | route (routes[0]), element elements[0] id 'm',"
                                + " field 'properties.x[0]': number out of range: 1e9999999999",
                        "$.data.routes[0].elements[0].id </data/routes/0/elements/0/id> route 0 r9 element 0 - |"
                                + " route 'r9' (routes[0]), element elements[0], field 'id': missing required field",
                        "$.data.routes[1].extra.deep[0] </data/routes/1/extra/deep/0> route 1 r9 element -1 - |"
                                + " route 'r9' (routes[1]), field 'extra.deep[0]': number out of range: 1e9999999999");
    }

    @Test
    void problemsInAnElementReadOnItsOwnAreLocatedInIt() {
        List<String> table = new ArrayList<>();
        for (String element : List.of(
                "{\"id\":\"m\",\"type\":\"model\",\"properties\":{\"retries\":" + HUGE + "}}",
                "{\"type\":\"end\",\"outputs\":{},\"id\":7}",
                "{\"id\":\"e\",\"type\":\"end\",\"outputs\":{\"x\":{\"elementId\":7}}}",
                "[{\"id\":\"e\",\"type\":\"end\",\"outputs\":{}}]",
                "7",
                "\"end\"")) {
            table.add(located(() -> MAPPER.readValue(element, RouteElement.class)));
        }
        table.add(located(() -> MAPPER.readValue(
                "{\"id\":\"s\",\"type\":\"start\",\"outputs\":{\"next\":{\"elementId\":\"e\"}}}", EndElement.class)));
        table.add(located(() -> MAPPER.readValue("{\"type\":\"cache\"}", EndElement.class)));

        assertThat(table)
                .containsExactly(
                        "$.properties.retries </properties/retries> route -1 - element -1 m | route,"
                                + " field 'properties.retries': number out of range: 1e9999999999",
                        "$.id </id> route -1 - element -1 - | route, field 'id': must be a string, was a number",
                        "$.outputs.x.elementId </outputs/x/elementId> route -1 - element -1 e | route,"
                                + " field 'outputs.x.elementId': must be a string, was a number",
                        "$ <> route -1 - element -1 - | route, field '': must be an object, was an array",
                        "$ <> route -1 - element -1 - | route, field '': must be an object, was a number",
                        "$ <> route -1 - element -1 - | route, field '': must be an object, was a string",
                        "$.type </type> route -1 - element -1 s | route, field 'type': expected EndElement, was type 'start'",
                        "$.type </type> route -1 - element -1 - | route, field 'type': expected EndElement, was type 'cache'");
    }

    private static String located(ThrowingCall call) {
        Throwable thrown = catchThrowable(call::run);
        if (thrown instanceof RouteDecodeException e) {
            return e.jsonPath() + " <" + e.pointer() + "> route " + e.routeIndex() + " "
                    + e.routeId().orElse("-") + " element " + e.elementIndex() + " "
                    + e.elementId().orElse("-") + " | " + e.getMessage();
        }
        return "not a RouteDecodeException: " + thrown;
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
