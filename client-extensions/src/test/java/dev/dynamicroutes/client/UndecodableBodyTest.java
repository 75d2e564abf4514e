package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.InvalidResponseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the client says about a 2xx body it cannot decode, read through the public client from a
 * loopback server: malformed JSON (a syntax error, a read limit) told from unexpected JSON (well-formed
 * but the wrong shape, or a second value after the object, which the mapper's trailing-token check
 * refuses), the JSON path where one is known and none where it is not (a read limit at the top level
 * reports no position), and a body excerpt marked cut ("...") exactly when the body went on past what
 * was kept, also when redacting a secret made the kept part short.
 */
class UndecodableBodyTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    /** One past the parser's nesting limit (RouteJson.READ_CONSTRAINTS: 500). */
    private static final int TOO_DEEP = 501;

    /** What a problem may name; the first one found in the message is reported. */
    private static final List<String> NAMED = List.of(
            "Trailing token (of type START_OBJECT) found after value",
            "Unrecognized token 'nonsense'",
            "Unexpected character",
            "Number value length (1001) exceeds the maximum",
            "nesting depth (501) exceeds the maximum",
            "Cannot deserialize");

    @Test
    void eachUndecodableBodyGivesItsProblemAndPath() {
        String oneRoute = TestBodies.page(1, 50, List.of("r1"));
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("a second JSON value after the object", oneRoute + " {\"success\":true}");
        bodies.put("not JSON at all", "nonsense");
        bodies.put("a syntax error inside a route", oneRoute.replace("\"name\":\"route-r1\"", "\"name\" \"route-r1\""));
        bodies.put("a number longer than the read limit, at the top", "{\"success\":" + "1".repeat(1001) + "}");
        bodies.put(
                "nesting deeper than the read limit, inside routes[0]",
                "{\"success\":true,\"data\":{\"routes\":[{\"id\":\"r1\",\"x\":" + "[".repeat(TOO_DEEP)
                        + "]".repeat(TOO_DEEP) + "}]}}");
        bodies.put("a wrong JSON type outside the routes", "{\"success\":true,\"data\":{\"page\":[1],\"routes\":[]}}");

        List<String> table = new ArrayList<>();
        bodies.forEach((what, body) -> table.add(what + " -> " + outcome(serveJson(body))));

        assertThat(table)
                .containsExactly(
                        "a second JSON value after the object -> InvalidResponseException, unexpected JSON,"
                                + " names Trailing token (of type START_OBJECT) found after value, no path",
                        "not JSON at all -> InvalidResponseException, malformed JSON,"
                                + " names Unrecognized token 'nonsense', at $",
                        "a syntax error inside a route -> InvalidResponseException, malformed JSON,"
                                + " names Unexpected character, at $.data.routes[0].name",
                        "a number longer than the read limit, at the top -> InvalidResponseException, malformed JSON,"
                                + " names Number value length (1001) exceeds the maximum, no path",
                        "nesting deeper than the read limit, inside routes[0] -> InvalidResponseException,"
                                + " malformed JSON, names nesting depth (501) exceeds the maximum, at $.data.routes[0]",
                        "a wrong JSON type outside the routes -> InvalidResponseException, unexpected JSON,"
                                + " names Cannot deserialize, at $.data.page");
    }

    @Test
    void aShortSuccessFalseBodyIsQuotedWholeAndUnmarked() {
        String body = "{\"success\":false,\"errors\":[{\"code\":7,\"message\":\"m\"}],\"messages\":[]}";

        Throwable thrown = serveJson(body);

        assertThat(thrown)
                .isExactlyInstanceOf(ApiResponseException.class)
                .isInstanceOfSatisfying(
                        ApiResponseException.class,
                        e -> assertThat(e.bodyExcerpt()).isEqualTo(body));
    }

    @Test
    void aSuccessFalseBodyLongerThanTheKeptBytesIsMarkedCutEvenWhenRedactionMadeItShort() {
        // a secret echoed in the kept bytes is redacted, which leaves a short excerpt, yet the body went on
        String token = "t".repeat(ResponseDecoder.EXCERPT_BYTES - 50);
        String start = "{\"success\":false,\"errors\":[],\"echo\":\"" + token + "\",\"more\":\"";
        String body = start + "m".repeat(1000) + "\"}";

        Throwable thrown = serve(body, "application/json", token);

        int keptAfterToken = ResponseDecoder.EXCERPT_BYTES - start.length();
        assertThat(thrown)
                .isExactlyInstanceOf(ApiResponseException.class)
                .isInstanceOfSatisfying(
                        ApiResponseException.class,
                        e -> assertThat(e.bodyExcerpt())
                                .isEqualTo("{\"success\":false,\"errors\":[],\"echo\":\"" + ServerText.REDACTED
                                        + "\",\"more\":\"" + "m".repeat(keptAfterToken) + "..."));
    }

    @Test
    void aNonJsonBodyShortenedByRedactionIsStillMarkedCut() {
        String token = "t".repeat(ResponseDecoder.EXCERPT_BYTES - 10);
        String body = "token=" + token + "tail" + "x".repeat(1000);

        Throwable thrown = serve(body, "text/plain", token);

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        InvalidResponseException.class,
                        e -> assertThat(e.bodyExcerpt()).isEqualTo("token=" + ServerText.REDACTED + "tail..."));
    }

    private Throwable serve(String body, String contentType, String token) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", contentType)
                        .withBody(body)));
        try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .apiToken(token)
                .maxRetries(0)
                .build()) {
            return catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
        }
    }

    private Throwable serveJson(String body) {
        return serve(body, "application/json", TestClients.TOKEN);
    }

    /** Type, the kind of problem (the words before its first colon), what the problem names, and the path. */
    private static String outcome(Throwable thrown) {
        if (!(thrown instanceof InvalidResponseException e)) {
            return "not an InvalidResponseException: " + thrown;
        }
        String message = String.valueOf(e.getMessage());
        Matcher kind = Pattern.compile("HTTP 200, ([^:]+):").matcher(message);
        String names = NAMED.stream().filter(message::contains).findFirst().orElse("nothing known");
        return e.getClass().getSimpleName() + ", " + (kind.find() ? kind.group(1) : "no problem") + ", names " + names
                + ", " + e.jsonPath().map(p -> "at " + p).orElse("no path");
    }
}
