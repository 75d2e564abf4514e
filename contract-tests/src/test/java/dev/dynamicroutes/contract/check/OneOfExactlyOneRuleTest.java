package dev.dynamicroutes.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oneOf rule on a tiny spec built to be ambiguous: a {@code shape} is a {@code oneOf} of two
 * schemas that both accept {@code {"kind": "square"}}. The standard validator's own verdict is not
 * what is tested here; this rule must name the value and every branch it matched.
 */
class OneOfExactlyOneRuleTest {

    private static final String SPEC = """
      openapi: 3.0.3
      info: {title: t, version: "1"}
      paths:
        /shapes:
          get:
            responses:
              "200":
                description: ok
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        shapes:
                          type: array
                          items:
                            $ref: "#/components/schemas/Shape"
      components:
        schemas:
          Shape:
            oneOf:
              - $ref: "#/components/schemas/Square"
              - $ref: "#/components/schemas/Polygon"
              - $ref: "#/components/schemas/Circle"
          Square:
            type: object
            required: [kind]
            properties:
              kind: {type: string, enum: [square]}
          Polygon:
            type: object
            required: [kind]
            properties:
              kind: {type: string, enum: [square, hexagon]}
          Circle:
            type: object
            required: [kind]
            properties:
              kind: {type: string, enum: [circle]}
      """;

    private final OneOfExactlyOneRule rule = new OneOfExactlyOneRule(SPEC);
    private final OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(
                    SPEC)
            .withCustomResponseValidation(rule)
            .build();

    @Test
    void aValueMatchingOneBranchPasses() {
        assertThat(ruleMessages("{\"shapes\": [{\"kind\": \"circle\"}, {\"kind\": \"hexagon\"}]}"))
                .isEmpty();
    }

    @Test
    void aValueMatchingSeveralBranchesIsNamedWithTheBranchesItMatched() {
        assertThat(ruleMessages("{\"shapes\": [{\"kind\": \"circle\"}, {\"kind\": \"square\"}]}"))
                .containsExactly(
                        "/shapes/1 matches 2 [Square, Polygon] of the oneOf variants [Square, Polygon, Circle];"
                                + " exactly one expected. Value: {\"kind\":\"square\"}");
    }

    @Test
    void aValueMatchingNoBranchIsNamed() {
        assertThat(ruleMessages("{\"shapes\": [{\"kind\": \"triangle\"}]}"))
                .containsExactly("/shapes/0 matches none of the oneOf variants [Square, Polygon, Circle];"
                        + " exactly one expected. Value: {\"kind\":\"triangle\"}");
    }

    private List<String> ruleMessages(String body) {
        ValidationReport report = validator.validate(
                SimpleRequest.Builder.get("/shapes").build(),
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(body)
                        .build());
        return report.getMessages().stream()
                .filter(m -> m.getKey().equals(OneOfExactlyOneRule.KEY))
                .map(ValidationReport.Message::getMessage)
                .toList();
    }
}
