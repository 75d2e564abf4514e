package dev.dynamicroutes.contract.check;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks pact files against the OpenAPI document: every interaction's request and response are
 * validated with Atlassian's {@code swagger-request-validator-core} (paths, parameters, status codes,
 * content types, body schemas), plus two rules it does not apply by itself: {@link AuthSchemeRule}
 * (exactly one of the two auth schemes) and {@link OneOfExactlyOneRule} (each {@code oneOf} value,
 * i.e. each route element, matches exactly one variant).
 *
 * <pre>{@code
 * List<PactMismatch> mismatches = PactSpecCheck.againstPublishedSpec().checkDirectory(Path.of("target/pacts"));
 * }</pre>
 */
final class PactSpecCheck {

    private final OpenApiInteractionValidator validator;
    private final ObjectMapper mapper = new ObjectMapper();

    private PactSpecCheck(String specYaml) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(specYaml)
                // the pact paths start at /accounts/...: the client's base URL is the mock server's root,
                // where the spec's server URL carries /client/v4
                .withBasePathOverride("/")
                // a query parameter the spec does not define (e.g. a misspelt per_page) is a mismatch, not noise
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        .build())
                .withCustomRequestValidation(new AuthSchemeRule())
                .withCustomResponseValidation(new OneOfExactlyOneRule(specYaml))
                .build();
    }

    /** The check against the api-spec artifact's document ({@value ContractNames#SPEC_RESOURCE} on the classpath). */
    static PactSpecCheck againstPublishedSpec() {
        try (InputStream in = PactSpecCheck.class.getClassLoader().getResourceAsStream(ContractNames.SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + ContractNames.SPEC_RESOURCE
                        + " not found; is dynamic-routes-api-spec a dependency?");
            }
            return new PactSpecCheck(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mismatch of every {@code *.json} pact file in {@code directory}; fails if there is none to check. */
    List<PactMismatch> checkDirectory(Path directory) throws IOException {
        List<Path> files = List.of();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> listing = Files.list(directory)) {
                files = listing.filter(p -> p.toString().endsWith(".json"))
                        .sorted()
                        .toList();
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no pact files in " + directory.toAbsolutePath()
                    + "; the consumer tests must run first (mvn verify runs them in the test phase)");
        }
        List<PactMismatch> mismatches = new ArrayList<>();
        for (Path file : files) {
            mismatches.addAll(check(file));
        }
        return mismatches;
    }

    List<PactMismatch> check(Path pactFile) throws IOException {
        return check(mapper.readTree(pactFile.toFile()), pactFile.getFileName().toString());
    }

    /** Every mismatch of one pact (already parsed); {@code source} names it in the report. */
    List<PactMismatch> check(JsonNode pact, String source) {
        List<PactInteractions.Interaction> interactions = PactInteractions.read(pact, source);
        if (interactions.isEmpty()) {
            return List.of(new PactMismatch(source, "-", "interaction", "the pact has no interactions"));
        }
        List<PactMismatch> mismatches = new ArrayList<>();
        for (PactInteractions.Interaction interaction : interactions) {
            ValidationReport report = validator.validate(interaction.request(), interaction.response());
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    mismatches.add(
                            new PactMismatch(source, interaction.name(), sideOf(message.getKey()), describe(message)));
                }
            }
        }
        return mismatches;
    }

    private static String sideOf(String key) {
        if (key.contains(".request.")) {
            return "request";
        }
        return key.contains(".response.") ? "response" : "interaction";
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getMessage());
        message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(ValidationReport.MessageContext.Pointers::getInstance)
                .filter(p -> !p.isEmpty())
                .ifPresent(p -> text.append(" (at ").append(p).append(')'));
        // nested: e.g. why each oneOf branch failed (additionalInfo repeats the same per schema path: left out)
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            text.append("\n    - ").append(describe(nested));
        }
        return text.append(" [").append(message.getKey()).append(']').toString();
    }

    /** Renders mismatches one per line, for assertion messages. */
    static String report(List<PactMismatch> mismatches) {
        StringBuilder text = new StringBuilder(mismatches.size() + " pact/spec mismatch(es):");
        mismatches.forEach(m -> text.append("\n  ").append(m));
        return text.toString();
    }
}
