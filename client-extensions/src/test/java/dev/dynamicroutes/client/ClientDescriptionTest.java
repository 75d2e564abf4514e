package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestClients.EMAIL;
import static dev.dynamicroutes.client.TestClients.KEY;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What users see when they log a builder or a client: the settings that matter to tell two clients
 * apart (base URL, auth scheme, timeouts, retries, compression), each default and each explicit
 * setting shown as set, and never a secret.
 */
class ClientDescriptionTest {

    private static final String BASE = "https://routes.example.com/client/v4";

    @Test
    void aClientDescribesItsSettingsDefaultsIncludedAndNoSecret() {
        HttpClient own = HttpClient.newHttpClient();
        List<String> table = new ArrayList<>();
        try (DynamicRoutesClient defaults =
                        DynamicRoutesClient.builder().apiToken(TOKEN).build();
                DynamicRoutesClient explicit = DynamicRoutesClient.builder()
                        .baseUrl(BASE)
                        .apiKey(EMAIL, KEY)
                        .connectTimeout(Duration.ofSeconds(3))
                        .requestTimeout(Duration.ofSeconds(4))
                        .overallTimeout(Duration.ofSeconds(5))
                        .maxRetries(7)
                        .compression(false)
                        .build();
                DynamicRoutesClient supplied = DynamicRoutesClient.builder()
                        .baseUrl(BASE)
                        .apiToken(TOKEN)
                        .httpClient(own)
                        .build()) {
            table.add(defaults.toString());
            table.add(explicit.toString());
            table.add(supplied.toString());
        }

        assertThat(table)
                .containsExactly(
                        "DynamicRoutesClient{baseUrl=https://api.cloudflare.com/client/v4, auth=API_TOKEN,"
                                + " connectTimeout=PT10S, requestTimeout=PT1M, overallTimeout=PT3M, maxRetries=2,"
                                + " compression=true}",
                        "DynamicRoutesClient{baseUrl=" + BASE + ", auth=EMAIL_AND_API_KEY, connectTimeout=PT3S,"
                                + " requestTimeout=PT4S, overallTimeout=PT5S, maxRetries=7, compression=false}",
                        "DynamicRoutesClient{baseUrl=" + BASE + ", auth=API_TOKEN, connectTimeout=of the supplied"
                                + " HttpClient, requestTimeout=PT1M, overallTimeout=PT3M, maxRetries=2,"
                                + " compression=true}");
        assertThat(String.join("\n", table)).doesNotContain(TOKEN, KEY, EMAIL);
    }

    @Test
    void aBuilderDescribesItsAuthSchemeBaseUrlAndEnvironmentUseAndNoSecret() {
        Map<String, String> env = Map.of(DynamicRoutesClient.ENV_API_TOKEN, TOKEN);
        List<String> table = List.of(
                DynamicRoutesClient.builder().toString(),
                DynamicRoutesClient.builder().apiToken(TOKEN).toString(),
                DynamicRoutesClient.builder().baseUrl(BASE).apiKey(EMAIL, KEY).toString(),
                DynamicRoutesClient.builder().environment(env::get).fromEnv().toString());

        assertThat(table)
                .containsExactly(
                        "DynamicRoutesClient.Builder{auth=unset, baseUrl=null, fromEnv=false}",
                        "DynamicRoutesClient.Builder{auth=API_TOKEN, baseUrl=null, fromEnv=false}",
                        "DynamicRoutesClient.Builder{auth=EMAIL_AND_API_KEY, baseUrl=" + BASE + ", fromEnv=false}",
                        "DynamicRoutesClient.Builder{auth=unset, baseUrl=null, fromEnv=true}");
        assertThat(String.join("\n", table)).doesNotContain(TOKEN, KEY, EMAIL);
    }
}
