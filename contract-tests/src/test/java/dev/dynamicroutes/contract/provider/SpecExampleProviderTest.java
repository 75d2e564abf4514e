package dev.dynamicroutes.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay stub over real loopback HTTP: answers come from the spec examples, derived pages follow their rule. */
class SpecExampleProviderTest {

    private static final String ROUTES =
            "/accounts/0d37909e38d3e99c29fa2cd343ac421a/ai-gateway/gateways/54442216/routes";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SpecExamples examples = SpecExamples.fromPublishedSpec();
    private final HttpClient http = HttpClient.newHttpClient();
    private SpecExampleProvider provider;

    @BeforeEach
    void start() throws IOException {
        provider = SpecExampleProvider.start(examples);
    }

    @AfterEach
    void stop() {
        provider.close();
    }

    @Test
    void answersWithTheSpecExampleUnchanged() throws Exception {
        provider.answerWithRouteOfAllElementTypes();

        HttpResponse<String> response = get(ROUTES, "Authorization", "Bearer t");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(MAPPER.readTree(response.body())).isEqualTo(examples.example(200, "allElementTypes"));
    }

    @Test
    void derivedPagesHoldFullPagesThenAShortOneThenNothing() throws Exception {
        provider.answerWithPagesOf(5);

        JsonNode page2 = MAPPER.readTree(
                get(ROUTES + "?page=2&per_page=2", "Authorization", "Bearer t").body());
        JsonNode page3 = MAPPER.readTree(
                get(ROUTES + "?page=3&per_page=2", "Authorization", "Bearer t").body());
        JsonNode page4 = MAPPER.readTree(
                get(ROUTES + "?page=4&per_page=2", "Authorization", "Bearer t").body());

        JsonNode exampleRoute = examples.example(200, "allElementTypes").at("/data/routes/0");
        assertThat(page2.at("/data/page").asInt()).isEqualTo(2);
        assertThat(page2.at("/data/per_page").asInt()).isEqualTo(2);
        assertThat(page2.at("/data/routes"))
                .extracting(r -> r.get("id").asText())
                .containsExactly(
                        exampleRoute.get("id").asText() + "-3",
                        exampleRoute.get("id").asText() + "-4");
        assertThat(page2.at("/data/routes/0/elements")).isEqualTo(exampleRoute.get("elements"));
        assertThat(page3.at("/data/routes")).hasSize(1);
        assertThat(page4.at("/data/routes")).isEmpty();
    }

    @Test
    void errorStatesUseTheErrorExamplesAndRateLimitAddsRetryAfter() throws Exception {
        provider.answerWithBadRequest();
        HttpResponse<String> badRequest = get(ROUTES, "X-Auth-Email", "a@example.com", "X-Auth-Key", "k");
        provider.answerWithRateLimit(30);
        HttpResponse<String> limited = get(ROUTES, "Authorization", "Bearer t");

        assertThat(badRequest.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(badRequest.body())).isEqualTo(examples.example(400, "badRequest"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("30");
        assertThat(MAPPER.readTree(limited.body())).isEqualTo(examples.example(429, "rateLimited"));
    }

    @Test
    void requestsWithoutCompleteCredentialsOrForAnotherPathAreRefusedWhateverTheState() throws Exception {
        provider.answerWithRouteOfAllElementTypes();

        assertThat(get(ROUTES).statusCode()).isEqualTo(401);
        assertThat(get(ROUTES, "X-Auth-Email", "a@example.com").statusCode()).isEqualTo(401);
        assertThat(get(ROUTES, "Authorization", "Basic dTpw").statusCode()).isEqualTo(401);
        assertThat(get("/accounts/a/routes", "Authorization", "Bearer t").statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + provider.port() + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
