package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promise of {@link UnknownElement}'s javadoc, "compact JSON comes back byte for byte", over the
 * shapes the decoder reads differently: common fields of every JSON type and in every position,
 * properties of every number width and more of them than the decoder's first buffer holds, outputs
 * regular and irregular at each point the decoder can find out, and repeated fields (the last
 * value wins, in the first one's place, as when the object is read as a map).
 */
class UnknownElementWireTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"type\":\"cache\"}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"hit\":{\"elementId\":\"end\"}},\"properties\":{}}",
                "{\"properties\":{\"ttl\":30},\"outputs\":{},\"type\":\"cache\",\"id\":\"c\",\"extra\":[true,null]}",
                "{\"x\":1,\"type\":\"cache\",\"y\":2,\"id\":\"c\",\"z\":3}",
                "{\"id\":7,\"type\":\"cache\",\"outputs\":[1,2],\"properties\":\"p\"}",
                "{\"type\":\"cache\",\"outputs\":null,\"properties\":null,\"id\":null}",
                "{\"id\":{\"v\":1.50},\"outputs\":\"end\",\"properties\":[{\"a\":1}],\"type\":\"cache\"}",
                "{\"id\":\"c\",\"type\":\"cache\",\"properties\":{\"i\":1,\"l\":12345678901,"
                        + "\"b\":123456789012345678901234567890,\"d\":1.50,\"e\":-0.001,\"s\":\"x\",\"n\":null,"
                        + "\"o\":{\"a\":[1]},\"t\":true,\"f\":false}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":\"x\"},\"b\":\"s\","
                        + "\"c\":{\"elementId\":\"z\"}}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":\"x\"},\"b\":{},"
                        + "\"c\":{\"elementId\":\"z\"}}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":\"x\"},"
                        + "\"b\":{\"w\":1,\"elementId\":\"y\"},\"c\":{\"elementId\":\"z\"}}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":\"x\"},"
                        + "\"b\":{\"elementId\":5,\"w\":1},\"c\":{\"elementId\":\"z\"}}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":\"x\"},"
                        + "\"b\":{\"elementId\":\"y\",\"w\":[1]},\"c\":{\"elementId\":\"z\"}}}",
                "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":{\"a\":{\"elementId\":null}}}"
            })
    void compactJsonComesBackByteForByte(String json) throws Exception {
        RouteElement element = MAPPER.readValue(json, RouteElement.class);

        assertThat(element).isInstanceOf(UnknownElement.class);
        assertThat(MAPPER.writeValueAsString(element)).isEqualTo(json);
        assertThat(((UnknownElement) element).json()).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void theEdgesOfIrregularOutputsAreTheOnesWithAStringTarget() throws Exception {
        List<String> table = new ArrayList<>();
        for (String outputs : List.of(
                "{\"a\":{\"elementId\":\"x\"},\"b\":\"s\",\"c\":{\"elementId\":\"z\"}}",
                "{\"a\":{\"elementId\":\"x\"},\"b\":{},\"c\":{\"elementId\":\"z\"}}",
                "{\"a\":{\"elementId\":\"x\"},\"b\":{\"w\":1,\"elementId\":\"y\"},\"c\":{\"elementId\":\"z\"}}",
                "{\"a\":{\"elementId\":\"x\"},\"b\":{\"elementId\":5,\"w\":1},\"c\":{\"elementId\":\"z\"}}",
                "{\"a\":{\"elementId\":\"x\"},\"b\":{\"elementId\":\"y\",\"w\":[1]},\"c\":{\"elementId\":\"z\"}}")) {
            RouteElement element = MAPPER.readValue(
                    "{\"id\":\"c\",\"type\":\"cache\",\"outputs\":" + outputs + "}", RouteElement.class);
            table.add(element.outputs().toString());
        }

        assertThat(table)
                .containsExactly("{a=x, c=z}", "{a=x, c=z}", "{a=x, b=y, c=z}", "{a=x, c=z}", "{a=x, b=y, c=z}");
    }

    @Test
    void aRepeatedFieldKeepsItsFirstPlaceAndItsLastValue() throws Exception {
        List<String> table = new ArrayList<>();
        for (String json : List.of(
                "{\"id\":\"a\",\"type\":\"cache\",\"id\":\"b\"}",
                "{\"type\":\"store\",\"id\":\"a\",\"type\":\"cache\"}",
                "{\"id\":\"a\",\"outputs\":{},\"type\":\"cache\",\"outputs\":{\"x\":{\"elementId\":\"y\"}}}",
                "{\"id\":\"a\",\"properties\":{\"p\":1,\"q\":2,\"p\":3},\"type\":\"cache\",\"properties\":{\"r\":4}}",
                "{\"id\":\"a\",\"x\":1,\"type\":\"cache\",\"x\":2,\"y\":3}",
                "{\"id\":\"a\",\"type\":\"cache\",\"properties\":{\"p1\":1,\"p2\":2,\"p3\":3,\"p4\":4,\"p5\":5,"
                        + "\"p1\":6,\"p6\":7,\"p5\":8,\"p7\":9,\"p8\":10,\"p9\":11}}")) {
            table.add(MAPPER.writeValueAsString(MAPPER.readValue(json, RouteElement.class)));
        }

        assertThat(table)
                .containsExactly(
                        "{\"id\":\"b\",\"type\":\"cache\"}",
                        "{\"type\":\"cache\",\"id\":\"a\"}",
                        "{\"id\":\"a\",\"outputs\":{\"x\":{\"elementId\":\"y\"}},\"type\":\"cache\"}",
                        "{\"id\":\"a\",\"properties\":{\"r\":4},\"type\":\"cache\"}",
                        "{\"id\":\"a\",\"x\":2,\"type\":\"cache\",\"y\":3}",
                        "{\"id\":\"a\",\"type\":\"cache\",\"properties\":{\"p1\":6,\"p2\":2,\"p3\":3,\"p4\":4,"
                                + "\"p5\":8,\"p6\":7,\"p7\":9,\"p8\":10,\"p9\":11}}");
    }
}
