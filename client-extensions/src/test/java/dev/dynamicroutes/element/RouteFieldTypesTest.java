package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.firstRoute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A route's own fields of the wrong JSON type, each named with the type it was, and the text of a
 * number too large to hold quoted in the problem up to 40 characters, then cut with its length.
 */
class RouteFieldTypesTest {

    @Test
    void eachFieldOfTheWrongTypeNamesTheTypeItWas() throws Exception {
        List<String> table = new ArrayList<>();
        for (String[] edit : new String[][] {
            {"name", "[]"},
            {"name", "{}"},
            {"name", "true"},
            {"name", "1.5"},
            {"account_tag", "false"},
            {"gateway_id", "7"},
            {"created_at", "{\"t\":1}"},
            {"created_at", "\"yesterday\""},
            {"deployment", "\"d\""},
            {"deployment", "[]"},
            {"deployment", "7"},
            {"version", "true"},
            {"elements", "{}"},
            {"elements", "\"start\""},
            {"elements", "null"},
            {"id", "null"}
        }) {
            ObjectNode response = allTypesResponse();
            firstRoute(response).set(edit[0], MAPPER.readTree(edit[1]));
            table.add(edit[0] + "=" + edit[1] + " -> " + problem(MAPPER.writeValueAsString(response)));
        }

        assertThat(table)
                .containsExactly(
                        "name=[] -> $.data.routes[0].name: must be a string, was an array",
                        "name={} -> $.data.routes[0].name: must be a string, was an object",
                        "name=true -> $.data.routes[0].name: must be a string, was a boolean",
                        "name=1.5 -> $.data.routes[0].name: must be a string, was a number",
                        "account_tag=false -> $.data.routes[0].account_tag: must be a string, was a boolean",
                        "gateway_id=7 -> $.data.routes[0].gateway_id: must be a string, was a number",
                        "created_at={\"t\":1} -> $.data.routes[0].created_at: must be a string, was an object",
                        "created_at=\"yesterday\" -> $.data.routes[0].created_at:"
                                + " not an ISO-8601 date-time with offset: \"yesterday\"",
                        "deployment=\"d\" -> $.data.routes[0].deployment: must be an object, was a string",
                        "deployment=[] -> $.data.routes[0].deployment: must be an object, was an array",
                        "deployment=7 -> $.data.routes[0].deployment: must be an object, was a number",
                        "version=true -> $.data.routes[0].version: must be an object, was a boolean",
                        "elements={} -> $.data.routes[0].elements: must be an array, was an object",
                        "elements=\"start\" -> $.data.routes[0].elements: must be an array, was a string",
                        "elements=null -> $.data.routes[0].elements: missing required field",
                        "id=null -> $.data.routes[0].id: missing required field");
    }

    @Test
    void theTextOfANumberTooLargeIsQuotedUpToFortyCharacters() {
        String exponent = "e9999999999"; // beyond BigDecimal's range whatever the digits
        String forty = "1." + "0".repeat(40 - 2 - exponent.length()) + exponent;
        String fortyOne = "1." + "0".repeat(41 - 2 - exponent.length()) + exponent;
        assertThat(forty).hasSize(40);

        String whole = problem(body(forty));
        String cut = problem(body(fortyOne));

        assertThat(whole).isEqualTo("$.data.routes[0].elements[2].properties.window: number out of range: " + forty);
        assertThat(cut)
                .isEqualTo("$.data.routes[0].elements[2].properties.window: number out of range: "
                        + fortyOne.substring(0, 40) + "… (41 characters)");
    }

    private static String body(String limit) {
        String json = allTypesResponse().toString();
        // the rate element's window, replaced in the text: a tree cannot hold a number this large
        assertThat(json).contains("\"window\":3600");
        return json.replace("\"window\":3600", "\"window\":" + limit);
    }

    private static String problem(String body) {
        Throwable thrown = catchThrowable(() -> RouteFixtures.decode(body));
        if (thrown instanceof RouteDecodeException e) {
            return e.jsonPath() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?field '[^']*': ", "");
        }
        return "not a RouteDecodeException: " + thrown;
    }
}
