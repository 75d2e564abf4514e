package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.dynamicroutes.error.ApiResponseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Account and gateway ids, and the names and values of extra query parameters, as the server
 * receives them: every byte outside the unreserved set of RFC 3986 ({@code A-Z a-z 0-9 - . _ ~})
 * percent-encoded, so an id is always exactly one path segment; and the ids refused before anything
 * is sent (blank, or a dot segment a server or proxy would resolve to another path).
 */
class PathSegmentsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    @Test
    void idsReachTheServerAsOneSegmentEachByteOutsideTheUnreservedSetEncoded() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        List<String> table = new ArrayList<>();
        // each unreserved range with its ends, and the characters just outside each end
        for (String id : List.of("azAZ09-._~", "`{@[/:", ",;=+&$!*'()", "...", "a b%c?d#e", "é€😀", "\u001f\u007f")) {
            table.add(id + " -> " + pathSent(id, GATEWAY) + " | " + pathSent(ACCOUNT, id));
        }

        String prefix = "/client/v4/accounts/";
        String middle = "/ai-gateway/gateways/";
        List<String> expected = new ArrayList<>();
        for (String[] row : Arrays.asList(
                new String[] {"azAZ09-._~", "azAZ09-._~"},
                new String[] {"`{@[/:", "%60%7B%40%5B%2F%3A"},
                new String[] {",;=+&$!*'()", "%2C%3B%3D%2B%26%24%21%2A%27%28%29"},
                new String[] {"...", "..."},
                new String[] {"a b%c?d#e", "a%20b%25c%3Fd%23e"},
                new String[] {"é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80"},
                new String[] {"\u001f\u007f", "%1F%7F"})) {
            expected.add(row[0] + " -> " + prefix + row[1] + middle + GATEWAY + "/routes | " + prefix + ACCOUNT + middle
                    + row[1] + "/routes");
        }
        assertThat(table).containsExactlyElementsOf(expected);
    }

    @Test
    void extraQueryParametersAreEncodedTheSameWay() {
        server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).maxRetries(0).build()) {
            Throwable notFound = catchThrowable(() -> client.listRoutes(
                    ACCOUNT,
                    GATEWAY,
                    RequestOptions.builder()
                            .queryParameter("name/x", "a&b=c d")
                            .queryParameter("z~", "é")
                            .build()));
            assertThat(notFound).isInstanceOf(ApiResponseException.class);
        }
        assertThat(lastUrl())
                .isEqualTo("/client/v4/accounts/" + ACCOUNT + "/ai-gateway/gateways/" + GATEWAY
                        + "/routes?name%2Fx=a%26b%3Dc%20d&z~=%C3%A9");
    }

    @Test
    void blankAndDotSegmentIdsAreRefusedBeforeAnythingIsSent() {
        List<String> table = new ArrayList<>();
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).maxRetries(0).build()) {
            for (String id : Arrays.asList(null, "", " \t", ".", "..")) {
                Throwable account = catchThrowable(() -> client.listRoutes(id, GATEWAY));
                Throwable gateway = catchThrowable(() -> client.listRoutesPaginator(ACCOUNT, id));
                table.add(account.getClass().getSimpleName() + ": " + account.getMessage() + " | "
                        + gateway.getClass().getSimpleName() + ": " + gateway.getMessage());
            }
        }
        assertThat(server.getAllServeEvents()).isEmpty();

        String blank = "RequestNotSentException: accountId must not be null or blank | RequestNotSentException:"
                + " gatewayId must not be null or blank";
        String dots = "RequestNotSentException: accountId must not be '.' or '..' | RequestNotSentException:"
                + " gatewayId must not be '.' or '..'";
        assertThat(table).containsExactly(blank, blank, blank, dots, dots);
    }

    private String pathSent(String account, String gateway) {
        server.resetRequests();
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).maxRetries(0).build()) {
            Throwable thrown = catchThrowable(() -> client.listRoutes(account, gateway));
            assertThat(thrown).isInstanceOf(ApiResponseException.class);
            String described = ((ApiResponseException) thrown).request().path();
            assertThat(described).as("the path the exception names").isEqualTo(lastUrl());
            return described;
        }
    }

    /** The URL of the one request the server saw (it may log a request just after answering it). */
    private static String lastUrl() {
        TestClients.awaitRequests(
                () -> server.findAll(getRequestedFor(anyUrl())).size(), 1);
        List<LoggedRequest> requests = server.findAll(getRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0).getUrl();
    }
}
