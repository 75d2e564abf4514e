package dev.dynamicroutes.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The auth rule on its own: which header combinations pass, and what the rejections say. */
class AuthSchemeRuleTest {

    private final AuthSchemeRule rule = new AuthSchemeRule();

    @Test
    void aBearerTokenAloneOrTheFullLegacyPairAlonePass() {
        assertThat(messages(request().withHeader("Authorization", "Bearer t0ken")))
                .isEmpty();
        assertThat(messages(
                        request().withHeader("X-Auth-Email", "ops@example.com").withHeader("X-Auth-Key", "k3y")))
                .isEmpty();
    }

    @Test
    void noCredentialsAtAllIsRejected() {
        assertThat(messages(request())).singleElement().asString().contains("no credentials");
    }

    @Test
    void halfALegacyPairIsRejectedNamingTheMissingHeader() {
        assertThat(messages(request().withHeader("X-Auth-Key", "k3y")))
                .singleElement()
                .asString()
                .contains("'X-Auth-Key' without 'X-Auth-Email'");
    }

    @Test
    void anAuthorizationHeaderOfAnotherSchemeIsRejected() {
        assertThat(messages(request().withHeader("Authorization", "Basic dXNlcjpwYXNz")))
                .singleElement()
                .asString()
                .contains("is not 'Bearer <token>'");
    }

    @Test
    void bothSchemesAtOnceAreRejected() {
        assertThat(messages(request()
                        .withHeader("Authorization", "Bearer t0ken")
                        .withHeader("X-Auth-Email", "ops@example.com")
                        .withHeader("X-Auth-Key", "k3y")))
                .singleElement()
                .asString()
                .contains("both");
    }

    @Test
    void rejectionsNeverEchoTheCredentials() {
        List<String> all = new java.util.ArrayList<>();
        all.addAll(messages(request().withHeader("Authorization", "Basic s3cr3t-value")));
        all.addAll(messages(request().withHeader("X-Auth-Email", "s3cr3t@example.com")));
        assertThat(all).isNotEmpty().noneMatch(m -> m.contains("s3cr3t"));
    }

    private static SimpleRequest.Builder request() {
        return SimpleRequest.Builder.get("/accounts/a/ai-gateway/gateways/g/routes");
    }

    private List<String> messages(SimpleRequest.Builder request) {
        return rule.validate(request.build(), null).getMessages().stream()
                .map(ValidationReport.Message::getMessage)
                .toList();
    }
}
