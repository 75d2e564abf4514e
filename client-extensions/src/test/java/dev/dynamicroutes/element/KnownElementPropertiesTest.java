package dev.dynamicroutes.element;

import static dev.dynamicroutes.element.RouteFixtures.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code properties} of the known kinds, read from a standalone element: every JSON number
 * width becomes the same exact value and is written back as sent, every other JSON type (and null,
 * and absence) is a located problem naming the property, and unmodelled properties of any type are
 * kept and written back in wire order.
 */
class KnownElementPropertiesTest {

    static final String OUTPUTS =
            "\"outputs\":{\"success\":{\"elementId\":\"end\"},\"fallback\":{\"elementId\":\"end\"}}";

    static String model(String properties) {
        return "{\"id\":\"gpt\"," + OUTPUTS + ",\"properties\":" + properties + ",\"type\":\"model\"}";
    }

    static String modelProperties(String retries) {
        return "{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"retries\":" + retries + ",\"timeout\":30000}";
    }

    @Test
    void numbersOfEveryWidthAreExactAndWrittenBackAsSent() throws Exception {
        List<String> table = new ArrayList<>();
        for (String retries : List.of("2", "3000000000", "123456789012345678901234567890", "2.50", "-0.001", "1E+3")) {
            ModelElement element = (ModelElement) MAPPER.readValue(model(modelProperties(retries)), RouteElement.class);
            table.add(retries + " -> " + element.retries().toPlainString() + " scale "
                    + element.retries().scale() + " written "
                    + MAPPER.writeValueAsString(element).replaceFirst(".*\"retries\":([^,]*),.*", "$1"));
        }

        assertThat(table)
                .containsExactly(
                        "2 -> 2 scale 0 written 2",
                        "3000000000 -> 3000000000 scale 0 written 3000000000",
                        "123456789012345678901234567890 -> 123456789012345678901234567890 scale 0 written"
                                + " 123456789012345678901234567890",
                        "2.50 -> 2.50 scale 2 written 2.50",
                        "-0.001 -> -0.001 scale 3 written -0.001",
                        "1E+3 -> 1000 scale -3 written 1E+3");
    }

    @Test
    void aPropertyOfTheWrongTypeOrMissingIsALocatedProblem() {
        List<String> table = new ArrayList<>();
        for (String properties : List.of(
                modelProperties("\"2\""),
                modelProperties("true"),
                modelProperties("[1]"),
                modelProperties("{\"n\":1}"),
                modelProperties("null"),
                "{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\",\"timeout\":30000}",
                "{\"provider\":7,\"model\":\"gpt-4o-mini\",\"retries\":2,\"timeout\":30000}",
                "{\"provider\":null,\"model\":\"gpt-4o-mini\",\"retries\":2,\"timeout\":30000}",
                "{\"provider\":{\"name\":\"openai\"},\"model\":\"gpt-4o-mini\",\"retries\":2,\"timeout\":30000}",
                "{\"provider\":\"openai\",\"retries\":2,\"timeout\":30000}",
                "null",
                "[]",
                "\"p\"",
                "7")) {
            table.add(problem(model(properties)));
        }
        table.add(problem("{\"id\":\"gpt\"," + OUTPUTS + ",\"type\":\"model\"}"));

        assertThat(table)
                .containsExactly(
                        "properties.retries: must be a number, was a string",
                        "properties.retries: must be a number, was a boolean",
                        "properties.retries: must be a number, was an array",
                        "properties.retries: must be a number, was an object",
                        "properties.retries: missing required field",
                        "properties.retries: missing required field",
                        "properties.provider: must be a string, was a number",
                        "properties.provider: missing required field",
                        "properties.provider: must be a string, was an object",
                        "properties.model: missing required field",
                        "properties: missing required field",
                        "properties: must be an object, was an array",
                        "properties: must be an object, was a string",
                        "properties: must be an object, was a number",
                        "properties: missing required field");
    }

    @Test
    void unmodelledPropertiesOfEveryTypeAreKeptInOrder() throws Exception {
        String json = model("{\"provider\":\"openai\",\"i\":1,\"model\":\"gpt-4o-mini\",\"l\":12345678901,"
                + "\"retries\":2,\"b\":123456789012345678901234567890,\"timeout\":30000,\"d\":1.50,\"s\":\"x\","
                + "\"n\":null,\"o\":{\"a\":[1,2.0]},\"t\":false}");

        ModelElement element = (ModelElement) MAPPER.readValue(json, RouteElement.class);

        assertThat(element.otherProperties().keySet()).containsExactly("i", "l", "b", "d", "s", "n", "o", "t");
        assertThat(MAPPER.writeValueAsString(element))
                .isEqualTo("{\"id\":\"gpt\"," + OUTPUTS
                        + ",\"properties\":{\"provider\":\"openai\",\"model\":\"gpt-4o-mini\","
                        + "\"retries\":2,\"timeout\":30000,\"i\":1,\"l\":12345678901,"
                        + "\"b\":123456789012345678901234567890,\"d\":1.50,\"s\":\"x\",\"n\":null,"
                        + "\"o\":{\"a\":[1,2.0]},\"t\":false},\"type\":\"model\"}");
        // only the modelled properties: nothing else to keep
        ModelElement plain = (ModelElement) MAPPER.readValue(model(modelProperties("2")), RouteElement.class);
        assertThat(plain.otherProperties()).isEmpty();
    }

    private static String problem(String json) {
        Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, RouteElement.class));
        if (thrown instanceof RouteDecodeException e) {
            return e.field() + ": " + String.valueOf(e.getMessage()).replaceFirst("^.*?': ", "");
        }
        return String.valueOf(thrown);
    }
}
