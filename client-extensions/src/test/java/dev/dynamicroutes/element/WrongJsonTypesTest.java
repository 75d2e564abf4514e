package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.allTypesResponse;
import static dev.dynamicroutes.element.RouteFixtures.decodeFirst;
import static dev.dynamicroutes.element.RouteFixtures.elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ids and outputs of the wrong JSON type on known elements: each is a {@link RouteDecodeException}
 * at the exact place (JSON path, element index and id, field), never a decoded element holding
 * {@code "null"} or a split without branches, and never a raw runtime exception.
 *
 * <p>Each row replaces one field of one element of {@code routes/all-types.json} with a JSON value.
 */
class WrongJsonTypesTest {

    static final String ELEMENTS = "$.data.routes[0].elements";

    @ParameterizedTest(name = "elements[{0}].{1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # index | field   | value                         | path                               | element id   | problem
            0       | id      | null                          | [0].id                             |              | missing required field
            4       | id      | null                          | [4].id                             |              | missing required field
            1       | id      | 7                             | [1].id                             |              | must be a string, was a number
            3       | id      | {"id": "split"}               | [3].id                             |              | must be a string, was an object
            6       | id      | ["end"]                       | [6].id                             |              | must be a string, was an array
            6       | id      | true                          | [6].id                             |              | must be a string, was a boolean
            3       | outputs | []                            | [3].outputs                        | split        | must be an object, was an array
            3       | outputs | "canary"                      | [3].outputs                        | split        | must be an object, was a string
            3       | outputs | null                          | [3].outputs                        | split        | missing required field
            6       | outputs | null                          | [6].outputs                        | end          | missing required field
            6       | outputs | 0                             | [6].outputs                        | end          | must be an object, was a number
            6       | outputs | {"a": null}                   | [6].outputs.a                      | end          | missing required field
            3       | outputs | {"a": null}                   | [3].outputs.a                      | split        | missing required field
            0       | outputs | {"next": null}                | [0].outputs.next                   | start        | missing required field
            0       | outputs | {"next": "end"}               | [0].outputs.next                   | start        | must be an object, was a string
            0       | outputs | {"next": {"elementId": null}} | [0].outputs.next.elementId         | start        | missing required field
            0       | outputs | {"next": {"elementId": 3}}    | [0].outputs.next.elementId         | start        | must be a string, was a number
            0       | outputs | {"next": {}}                  | [0].outputs.next.elementId         | start        | missing required field
            2       | outputs | {"success": {"elementId": "gpt"}, "fallback": []} | [2].outputs.fallback | premium-limit | must be an object, was an array
            1       | outputs | {"true": {"elementId": "x"}}  | [1].outputs.false                  | is-premium   | missing required field
            """)
    void isALocatedRouteDecodeException(
            int index, String field, String value, String path, String elementId, String problem) throws Exception {
        Throwable thrown = catchThrowable(() ->
                decodeFirst(with(r -> element(r, index).set(field, RouteFixtures.MAPPER.readTree(value)))));

        assertThat(thrown).isExactlyInstanceOf(RouteDecodeException.class);
        RouteDecodeException e = (RouteDecodeException) thrown;
        assertThat(e.jsonPath()).isEqualTo(ELEMENTS + path);
        assertThat(e.pointer().toString())
                .isEqualTo("/data/routes/0/elements/"
                        + path.substring(1).replace("].", "/").replace(".", "/"));
        assertThat(e.elementIndex()).isEqualTo(index);
        assertThat(e.elementId()).isEqualTo(java.util.Optional.ofNullable(elementId));
        assertThat(e.routeId()).contains(BadElementInputTest.ROUTE_ID);
        assertThat(e.getMessage()).endsWith(": " + problem);
    }

    @Test
    void anEndElementWithoutOutputsIsRefusedLikeAnyOther() throws Exception {
        // outputs is required on every element in the spec, end included (the API sends {})
        Throwable thrown =
                catchThrowable(() -> decodeFirst(with(r -> element(r, 7).remove("outputs"))));

        assertThat(thrown).isExactlyInstanceOf(RouteDecodeException.class);
        RouteDecodeException e = (RouteDecodeException) thrown;
        assertThat(e.jsonPath()).isEqualTo(ELEMENTS + "[7].outputs");
        assertThat(e.elementId()).contains("end-limited");
        assertThat(e.getMessage()).endsWith(": missing required field");
    }

    static ObjectNode with(ThrowingEdit edit) throws Exception {
        ObjectNode response = allTypesResponse();
        edit.accept(response);
        return response;
    }

    static ObjectNode element(ObjectNode response, int index) {
        return (ObjectNode) elements(response).get(index);
    }

    @FunctionalInterface
    interface ThrowingEdit {
        void accept(ObjectNode response) throws Exception;
    }
}
