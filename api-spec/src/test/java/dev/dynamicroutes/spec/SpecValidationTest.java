package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

/**
 * The build's validation of the spec: any parser message (syntax, structure, dangling reference)
 * fails {@code mvn verify}. The broken copies prove the check can fail.
 */
class SpecValidationTest {

    @Test
    void packagedSpecIsValidOpenApi303() {
        SwaggerParseResult result = SpecDocument.parse(SpecDocument.packagedText());

        assertThat(result.getMessages()).as("validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void rejectsCopyWithDanglingReference() {
        String broken = SpecDocument.packagedText()
                .replace("$ref: \"#/components/schemas/RoutesPage\"", "$ref: \"#/components/schemas/NoSuchPage\"");

        assertThat(SpecDocument.parse(broken).getMessages())
                .anySatisfy(m -> assertThat(m).contains("NoSuchPage"));
    }

    @Test
    void rejectsCopyWithInvalidStructure() {
        // an operation without its mandatory "responses" object
        String broken = SpecDocument.packagedText()
                .replaceFirst("      responses:\n        \"200\":", "      responsez:\n        \"200\":");

        assertThat(SpecDocument.parse(broken).getMessages())
                .anySatisfy(m -> assertThat(m).contains("responses"));
    }

    @Test
    void rejectsCopyThatIsNotYaml() {
        String broken = SpecDocument.packagedText().replace("openapi: 3.0.3", "openapi: [3.0.3");

        SwaggerParseResult result = SpecDocument.parse(broken);
        assertThat(result.getMessages()).isNotEmpty();
    }
}
