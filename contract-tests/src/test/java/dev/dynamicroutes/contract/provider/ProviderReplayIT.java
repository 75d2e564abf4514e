package dev.dynamicroutes.contract.provider;

import static dev.dynamicroutes.contract.ContractNames.STATE_GATEWAY_UNKNOWN;
import static dev.dynamicroutes.contract.ContractNames.STATE_MANY_ROUTES;
import static dev.dynamicroutes.contract.ContractNames.STATE_PARAM_TOTAL_ROUTES;
import static dev.dynamicroutes.contract.ContractNames.STATE_PER_PAGE_REJECTED;
import static dev.dynamicroutes.contract.ContractNames.STATE_RATE_LIMITED;
import static dev.dynamicroutes.contract.ContractNames.STATE_ROUTE_WITHOUT_OPTIONAL_FIELDS;
import static dev.dynamicroutes.contract.ContractNames.STATE_ROUTE_WITH_ALL_ELEMENT_TYPES;
import static dev.dynamicroutes.contract.ContractNames.STATE_TOKEN_REJECTED;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.dynamicroutes.contract.ContractNames;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider side, replayed: Pact's own verifier sends every interaction of the pact the consumer tests
 * produced to {@link SpecExampleProvider}, which answers from the spec's examples, and checks each
 * answer against the consumer's matchers. One JUnit invocation per interaction; a pact folder
 * without pacts fails (Pact's default).
 */
@Provider(ContractNames.PROVIDER)
@PactFolder(ContractNames.PACT_DIRECTORY)
class ProviderReplayIT {

    private static SpecExampleProvider provider;

    @BeforeAll
    static void startProvider() throws IOException {
        provider = SpecExampleProvider.start(SpecExamples.fromPublishedSpec());
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        provider.reset(); // runs before the interaction's @State method sets the answer
        context.setTarget(new HttpTestTarget("127.0.0.1", provider.port()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void replayInteraction(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State(STATE_ROUTE_WITH_ALL_ELEMENT_TYPES)
    void routeWithAllElementTypes() {
        provider.answerWithRouteOfAllElementTypes();
    }

    @State(STATE_ROUTE_WITHOUT_OPTIONAL_FIELDS)
    void routeWithoutOptionalFields() {
        provider.answerWithReferencePage();
    }

    @State(STATE_MANY_ROUTES)
    void manyRoutes(Map<String, Object> params) {
        Object total = params.get(STATE_PARAM_TOTAL_ROUTES);
        if (!(total instanceof Number number)) {
            throw new IllegalArgumentException("provider state '" + STATE_MANY_ROUTES + "' needs a numeric parameter '"
                    + STATE_PARAM_TOTAL_ROUTES + "', got " + params);
        }
        provider.answerWithPagesOf(number.intValue());
    }

    @State(STATE_PER_PAGE_REJECTED)
    void perPageRejected() {
        provider.answerWithBadRequest();
    }

    @State(STATE_TOKEN_REJECTED)
    void tokenRejected() {
        provider.answerWithError(401);
    }

    @State(STATE_GATEWAY_UNKNOWN)
    void gatewayUnknown() {
        provider.answerWithError(404);
    }

    @State(STATE_RATE_LIMITED)
    void rateLimited() {
        // 1 s, not a realistic 30: the verifier's HTTP client (Apache httpclient5) honours Retry-After on a
        // 429 and retries once after waiting that long; the contract only pins the header's shape (\d+)
        provider.answerWithRateLimit(1);
    }
}
