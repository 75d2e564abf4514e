package dev.dynamicroutes.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The build's validation of the spec: any parser message (syntax, structure, dangling reference)
 * and anything that is not strictly valid OAS 3.0.3 (the official JSON Schema plus the
 * nullable-needs-type rule, {@link StrictSpecValidator}) fails {@code mvn verify}. The broken copies
 * prove each check can fail.
 */
class SpecValidationTest {

    @Test
    void packagedSpecIsStrictlyValidAgainstTheOfficialOas30Schema() {
        assertThat(StrictSpecValidator.problems(SpecDocument.packagedText()))
                .as("strict OAS 3.0.3 problems")
                .isEmpty();
    }

    @Test
    void baselineIsStrictlyValidToo() throws IOException {
        // the guard compares against it, and it is what the last release was generated from
        String baseline = Files.readString(Path.of(System.getProperty("spec.baseline")));
        assertThat(StrictSpecValidator.problems(baseline)).isEmpty();
    }

    @Test
    void rejectsNullableWithoutType() {
        // the construct this spec had until swagger-mock-validator crashed on it
        // ("nullable" cannot be used without "type"): CloudflareErrorEnvelope.result
        String broken = SpecDocument.packagedText()
                .replaceFirst(
                        "        result:\n          description: >-\n(?:            .*\n)+(    CloudflareError:)",
                        "        result:\n          nullable: true\n$1");
        assertThat(broken).isNotEqualTo(SpecDocument.packagedText());

        assertThat(StrictSpecValidator.problems(broken))
                .containsExactly("/components/schemas/CloudflareErrorEnvelope/properties/result:"
                        + " \"nullable\" cannot be used without \"type\" (OAS 3.0.3, Schema Object)");
    }

    @Test
    void rejectsWhatOnlyTheOfficialSchemaKnows() {
        // a negative length: swagger-parser accepts it, the OAS 3.0 schema says minLength >= 0
        String broken = SpecDocument.packagedText().replaceFirst("minLength: 1", "minLength: -1");
        assertThat(SpecDocument.parse(broken).getMessages())
                .as("swagger-parser alone")
                .isEmpty();

        assertThat(StrictSpecValidator.problems(broken))
                .isNotEmpty()
                .anySatisfy(p -> assertThat(p).contains("/paths/").contains("minLength"));
    }

    @Test
    void rejectsAnUnknownTypeName() {
        String broken = SpecDocument.packagedText()
                .replace("        is_valid:\n          type: boolean\n", "        is_valid:\n          type: bool\n");

        assertThat(StrictSpecValidator.problems(broken))
                .anySatisfy(p -> assertThat(p).contains("/components/schemas/RouteVersion/properties/is_valid"));
    }

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
