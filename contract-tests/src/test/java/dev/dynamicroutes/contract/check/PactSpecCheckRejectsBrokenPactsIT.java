package dev.dynamicroutes.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the pact-versus-spec check can fail: each test takes the pact the consumer tests just
 * produced, breaks one interaction in one deliberate way, and expects the check to reject exactly
 * that interaction with a message saying what is wrong. The unbroken pact passing is
 * {@link PactMatchesSpecIT}.
 */
class PactSpecCheckRejectsBrokenPactsIT {

    private static final Path PRODUCED_PACT =
            Path.of(ContractNames.PACT_DIRECTORY, ContractNames.CONSUMER + "-" + ContractNames.PROVIDER + ".json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static PactSpecCheck check;
    private static JsonNode producedPact;

    @BeforeAll
    static void loadProducedPact() throws IOException {
        check = PactSpecCheck.againstPublishedSpec();
        producedPact = MAPPER.readTree(PRODUCED_PACT.toFile());
    }

    @Test
    void aRenamedWireFieldInARouteElementIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction = firstInteraction(
                pact,
                i -> !i.at("/response/body/content/data/routes/0/elements").isMissingNode());
        ObjectNode ref = (ObjectNode) interaction
                .at("/response/body/content/data/routes/0/elements/0/outputs")
                .elements()
                .next();
        ref.set("element_id", ref.remove("elementId")); // the Python SDK's alias, not the wire name

        assertRejected(pact, interaction, "response", "elementId");
    }

    @Test
    void aRenamedWireFieldInThePageEnvelopeIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction =
                firstInteraction(pact, i -> i.at("/response/body/content/data").has("per_page"));
        ObjectNode data = (ObjectNode) interaction.at("/response/body/content/data");
        data.set("perPage", data.remove("per_page"));

        assertRejected(pact, interaction, "response", "per_page");
    }

    @Test
    void aRenamedOptionalFieldIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction = firstInteraction(
                pact, i -> i.at("/response/body/content/data/routes/0/version").has("is_valid"));
        ObjectNode version = (ObjectNode) interaction.at("/response/body/content/data/routes/0/version");
        version.set("isValid", version.remove("is_valid")); // optional, so only "not in the spec" can catch it

        assertRejected(pact, interaction, "response", "isValid");
    }

    @Test
    void aRenamedQueryParameterIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction =
                firstInteraction(pact, i -> i.at("/request/query").has("per_page"));
        ObjectNode query = (ObjectNode) interaction.at("/request/query");
        query.set("perPage", query.remove("per_page"));

        assertRejected(pact, interaction, "request", "perPage");
    }

    @Test
    void aRequestWithoutItsAuthorizationHeaderIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction =
                firstInteraction(pact, i -> i.at("/request/headers").has("Authorization"));
        ((ObjectNode) interaction.at("/request/headers")).remove("Authorization");

        assertRejected(pact, interaction, "request", "no credentials");
    }

    @Test
    void aRequestWithHalfTheLegacyKeyPairIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction =
                firstInteraction(pact, i -> i.at("/request/headers").has("X-Auth-Key"));
        ((ObjectNode) interaction.at("/request/headers")).remove("X-Auth-Key");

        assertRejected(pact, interaction, "request", "'X-Auth-Email' without 'X-Auth-Key'");
    }

    @Test
    void anElementTypeTheSpecDoesNotKnowIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction = firstInteraction(
                pact,
                i -> !i.at("/response/body/content/data/routes/0/elements/0").isMissingNode());
        ArrayNode elements = (ArrayNode) interaction.at("/response/body/content/data/routes/0/elements");
        int last = elements.size() - 1;
        ((ObjectNode) elements.get(last)).put("type", "router");

        // the variant list in the message comes from the spec; this test does not pin how many there are
        assertRejected(
                pact,
                interaction,
                "response",
                "/data/routes/0/elements/" + last + " matches none of the oneOf variants [");
        assertRejected(pact, interaction, "response", "]; exactly one expected");
    }

    @Test
    void aBooleanVersionActiveFlagIsRejected() {
        ObjectNode pact = producedPact.deepCopy();
        ObjectNode interaction = firstInteraction(
                pact, i -> i.at("/response/body/content/data/routes/0/version").has("active"));
        ((ObjectNode) interaction.at("/response/body/content/data/routes/0/version")).put("active", true);

        assertRejected(pact, interaction, "response", "/data/routes/0/version/active");
    }

    private static void assertRejected(
            JsonNode brokenPact, JsonNode brokenInteraction, String side, String expectedText) {
        String interactionName = PactInteractions.nameOf(brokenInteraction);

        List<PactMismatch> mismatches = check.check(brokenPact, "broken copy of " + PRODUCED_PACT.getFileName());

        assertThat(mismatches)
                .as("mismatches of a pact whose interaction '%s' was broken", interactionName)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.interaction()).isEqualTo(interactionName))
                .anySatisfy(m -> {
                    assertThat(m.side()).isEqualTo(side);
                    assertThat(m.message()).contains(expectedText);
                });
    }

    private static ObjectNode firstInteraction(ObjectNode pact, Predicate<JsonNode> wanted) {
        for (JsonNode interaction : pact.withArray("interactions")) {
            if (wanted.test(interaction)) {
                return (ObjectNode) interaction;
            }
        }
        throw new AssertionError("the produced pact " + PRODUCED_PACT
                + " has no interaction of the kind this test breaks;" + " the consumer tests no longer cover it");
    }
}
