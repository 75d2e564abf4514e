package dev.dynamicroutes.examples;

import static dev.dynamicroutes.examples.ListRoutesExampleTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.examples.ListRoutesExampleTest.Run;
import dev.dynamicroutes.testing.FakeDynamicRoutesServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The compatible upstream changes of CONTRIBUTING.md "When the spec changes" (a new optional route
 * field, a new enum value, a new element variant) reach the program's {@code --format json} output.
 * The route in {@code upstream-changes-route.json} carries all three; this test passes whether or not
 * the spec models them, which is the promise: a released client passes new data through, and a client
 * regenerated from a spec that adds them passes it through the same way.
 */
class UpstreamChangesReachJsonOutputTest {

    private static final String ACCOUNT = "0d37909e38d3e99c29fa2cd343ac421a";
    private static final String GATEWAY = "54442216";
    private static final String TOKEN = "upstream-token";

    @Test
    void newFieldEnumValueAndVariantAreInTheJsonOutput() throws Exception {
        String route = resource("upstream-changes-route.json");
        try (FakeDynamicRoutesServer server = FakeDynamicRoutesServer.builder()
                .apiToken(TOKEN)
                .routesJson(ACCOUNT, GATEWAY, List.of(route))
                .start()) {

            Run run = run(
                    Map.of(
                            "CLOUDFLARE_API_TOKEN", TOKEN,
                            "CLOUDFLARE_ACCOUNT_ID", ACCOUNT,
                            "CLOUDFLARE_GATEWAY_ID", GATEWAY,
                            "CLOUDFLARE_BASE_URL", server.baseUrl()),
                    "--format",
                    "json");

            assertThat(run.status()).as(run.err()).isZero();
            JsonNode out = new ObjectMapper().readTree(run.out()).get("routes");
            assertThat(out).hasSize(1);
            assertThat(out.get(0).get("description").asText()).isEqualTo("routes premium users through a cache");
            assertThat(out.at("/0/elements/1").toString())
                    .isEqualTo("{\"id\":\"cache\",\"outputs\":{\"success\":{\"elementId\":\"budget\"},"
                            + "\"fallback\":{\"elementId\":\"budget\"}},\"type\":\"cache\"}");
            assertThat(out.at("/0/elements/2/properties/limitType").asText()).isEqualTo("tokens");
            // every field the server sent is in the output, with the same value
            assertThat(out.get(0)).isEqualTo(new ObjectMapper().readTree(route));
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = UpstreamChangesReachJsonOutputTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
