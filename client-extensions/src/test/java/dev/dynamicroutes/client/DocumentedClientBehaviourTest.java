package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.ApiTimeoutException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Documented behaviour of the client, the paginator and the builder that no other test pinned down:
 * each test asserts the exact outcome (type, path, page, request count) against a real loopback
 * server, so that changing the behaviour fails a test (issue "tests that bite").
 */
class DocumentedClientBehaviourTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();
    final DynamicRoutesClient client =
            TestClients.builder(server.baseUrl(), time).maxRetries(0).build();

    void servePage(int page, String body) {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(json(200, body)));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** A success body without {@code data.page} and {@code data.per_page}. */
    static String pageWithoutPagingFields(List<String> ids) {
        return "{\"success\":true,\"data\":{\"routes\":["
                + ids.stream().map(TestBodies::route).collect(Collectors.joining(",")) + "]}}";
    }

    List<String> requested() {
        List<String> pages = new ArrayList<>();
        for (LoggedRequest r : server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH)))) {
            pages.add(
                    r.queryParameter("page").isPresent()
                            ? r.queryParameter("page").firstValue() + "/"
                                    + r.queryParameter("per_page").firstValue()
                            : "unpaged");
        }
        return pages;
    }

    static List<String> ids(Iterable<Route> routes) {
        List<String> ids = new ArrayList<>();
        routes.forEach(r -> ids.add(r.id()));
        return ids;
    }

    // --- paging fields absent: the requested values stand in ---

    @Test
    void withoutEchoedPagingFieldsTheRequestedPageAndSizeAreUsedAndTheWalkAdvances() {
        servePage(1, pageWithoutPagingFields(TestBodies.ids(0, 3)));
        servePage(2, pageWithoutPagingFields(TestBodies.ids(3, 6)));
        servePage(3, pageWithoutPagingFields(List.of()));

        List<RoutesPage> pages =
                client
                        .listRoutesPaginator(
                                ACCOUNT,
                                GATEWAY,
                                PaginationOptions.builder().pageSize(3).build())
                        .stream()
                        .toList();

        assertThat(pages).extracting(RoutesPage::page).containsExactly(1, 2, 3);
        assertThat(pages).extracting(RoutesPage::perPage).containsExactly(3, 3, 3);
        assertThat(pages.stream().flatMap(p -> p.routes().stream()).map(Route::id))
                .containsExactly("r0", "r1", "r2", "r3", "r4", "r5");
        assertThat(requested()).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void withoutEchoedPagingFieldsASinglePageReportsWhatWasAskedFor() {
        servePage(4, pageWithoutPagingFields(TestBodies.ids(0, 2)));

        RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY, 4, 7);

        assertThat(page.page()).isEqualTo(4);
        assertThat(page.perPage()).isEqualTo(7);
    }

    @Test
    void unpagedCallWithoutEchoedPagingFieldsIsPageOneOfItsOwnSize() {
        server.stubFor(
                get(urlPathEqualTo(ROUTES_PATH)).willReturn(json(200, pageWithoutPagingFields(TestBodies.ids(0, 2)))));

        RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY);

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.perPage()).isEqualTo(2);
        assertThat(requested()).containsExactly("unpaged");
    }

    @Test
    void echoedPagingFieldsThatAreNotPositiveIntegersAreTreatedAsAbsent() {
        servePage(
                2,
                "{\"success\":true,\"data\":{\"page\":0,\"per_page\":2.5,\"routes\":[" + TestBodies.route("r1")
                        + "]}}");

        RoutesPage page = client.listRoutes(ACCOUNT, GATEWAY, 2, 9);

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.perPage()).isEqualTo(9);
    }

    // --- iterators past their end ---

    @Test
    void pageIteratorPastTheEndThrowsNoSuchElementAndSendsNothingMore() {
        servePage(1, TestBodies.page(1, 3, TestBodies.ids(0, 2)));
        Iterator<RoutesPage> pages = client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(3).build())
                .iterator();

        RoutesPage first = pages.next(); // without hasNext(): next() fetches on its own

        assertThat(ids(first.routes())).containsExactly("r0", "r1");
        assertThat(pages.hasNext()).isFalse();
        assertThatThrownBy(pages::next)
                .isExactlyInstanceOf(NoSuchElementException.class)
                .hasMessage("no page after page 1");
        assertThat(requested()).containsExactly("1/3");
    }

    @Test
    void routeIteratorPastTheEndThrowsNoSuchElement() {
        servePage(1, TestBodies.page(1, 3, TestBodies.ids(0, 1)));
        Iterator<Route> routes = client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(3).build())
                .routes()
                .iterator();

        assertThat(routes.next().id()).isEqualTo("r0");
        assertThatThrownBy(routes::next)
                .isExactlyInstanceOf(NoSuchElementException.class)
                .hasMessage("no more routes");
        assertThat(routes.hasNext()).isFalse();
    }

    @Test
    void hasNextTwiceFetchesOnce() {
        servePage(1, TestBodies.page(1, 3, TestBodies.ids(0, 3)));
        servePage(2, TestBodies.page(2, 3, List.of()));
        Iterator<RoutesPage> pages = client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(3).build())
                .iterator();

        assertThat(pages.hasNext()).isTrue();
        assertThat(pages.hasNext()).isTrue();

        assertThat(requested()).containsExactly("1/3");
        assertThat(pages.next().page()).isEqualTo(1);
        assertThat(pages.next().routes()).isEmpty();
        assertThat(pages.hasNext()).isFalse();
        assertThat(requested()).containsExactly("1/3", "2/3");
    }

    @Test
    void maxPagesOneReadsOneFullPageThenFailsAtPageTwoWithoutRequestingIt() {
        servePage(1, TestBodies.page(1, 2, TestBodies.ids(0, 2)));
        Iterator<Route> routes = client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(2).maxPages(1).build())
                .routes()
                .iterator();

        assertThat(routes.next().id()).isEqualTo("r0");
        assertThat(routes.next().id()).isEqualTo("r1");
        Throwable thrown = catchThrowable(routes::hasNext);

        assertThat(thrown).isExactlyInstanceOf(PaginationException.class);
        PaginationException e = (PaginationException) thrown;
        assertThat(e.reason()).isEqualTo(PaginationException.Reason.MAX_PAGES_EXCEEDED);
        assertThat(e.page()).isEqualTo(2);
        assertThat(e.getMessage()).contains("maximum of 1 pages");
        assertThat(requested()).containsExactly("1/2");
    }

    @Test
    void maxPagesOneWithAShortFirstPageIsAWholeWalk() {
        servePage(1, TestBodies.page(1, 2, TestBodies.ids(0, 1)));

        List<String> ids = ids(client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(2).maxPages(1).build())
                .routes());

        assertThat(ids).containsExactly("r0");
        assertThat(requested()).containsExactly("1/2");
    }

    // --- the unpaged call and 200s without data ---

    @Test
    void unpagedCallFailingIsTheTypedExceptionWithoutAPage() {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(json(404, TestBodies.cloudflareError(7003, "No route for the URI"))));

        Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY));

        assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
        NotFoundException e = (NotFoundException) thrown;
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(e.request().page()).isEmpty();
        assertThat(e.request().path()).isEqualTo(ROUTES_PATH);
        assertThat(e.errors())
                .singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("No route for the URI"));
        assertThat(requested()).containsExactly("unpaged");
    }

    @Test
    void successWithoutDataIsInvalidAtData() {
        assertInvalidAtData("{\"success\":true}");
        assertInvalidAtData("{\"success\":true,\"data\":null}");
    }

    void assertInvalidAtData(String body) {
        server.resetAll();
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH)).willReturn(json(200, body)));

        Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));

        assertThat(thrown).as(body).isExactlyInstanceOf(InvalidResponseException.class);
        InvalidResponseException e = (InvalidResponseException) thrown;
        assertThat(e.jsonPath()).as(body).contains("$.data");
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.getMessage()).contains("\"data\"");
    }

    // --- deadlines and timeouts ---

    /** A clock that moves one second forward each time it is read. */
    static final class SteppingClock extends TestClients.UtcClock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public synchronized Instant instant() {
            Instant read = now;
            now = now.plusSeconds(1);
            return read;
        }
    }

    @Test
    void noAttemptIsSentOnceTheOverallDeadlineHasPassed() throws IOException {
        // a server that accepts connections but is never asked to answer: a connection shows in its backlog
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            DynamicRoutesClient late = DynamicRoutesClient.builder()
                    .logLevel(LogLevel.NONE)
                    .baseUrl("http://127.0.0.1:" + listener.getLocalPort() + "/client/v4")
                    .apiToken(TestClients.TOKEN)
                    .clock(new SteppingClock()) // the deadline (1 s after the call starts) has passed at the first read
                    .overallTimeout(Duration.ofSeconds(1))
                    .maxRetries(3)
                    .build();

            Throwable thrown = catchThrowable(() -> late.listRoutes(ACCOUNT, GATEWAY, 1, 50));

            assertThat(thrown).isExactlyInstanceOf(ApiTimeoutException.class);
            assertThat(thrown.getMessage()).contains("overall deadline");
            listener.setSoTimeout(300);
            assertThatThrownBy(listener::accept)
                    .as("no connection was opened")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void aSocketTimeoutFromTheHttpClientIsAnApiTimeoutException() {
        List<HttpRequest> sent = new CopyOnWriteArrayList<>();
        DynamicRoutesClient timingOut = DynamicRoutesClient.builder()
                .logLevel(LogLevel.NONE)
                .baseUrl("http://127.0.0.1:9/client/v4")
                .apiToken(TestClients.TOKEN)
                .httpClient(new RecordingHttpClient(sent, () -> new SocketTimeoutException("Read timed out")))
                .clock(time)
                .sleeper(time.sleeper)
                .random(() -> 0.0)
                .maxRetries(1)
                .build();

        Throwable thrown = catchThrowable(() -> timingOut.listRoutes(ACCOUNT, GATEWAY, 1, 50));

        assertThat(thrown).isExactlyInstanceOf(ApiTimeoutException.class);
        assertThat(((ApiConnectionException) thrown).request().page()).hasValue(1);
        assertThat(thrown.getMessage()).contains("127.0.0.1:9");
        assertThat(sent).hasSize(2); // a timeout is retried like any other
        assertThat(time.waits).containsExactly(Duration.ofMillis(500));
    }

    // --- secrets and the loopback rule ---

    @Test
    void emptyAndBlankSecretsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiToken(""))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("API token must not be null or blank");
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiToken(" \t"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("API token must not be null or blank");
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiKey("", "key-1"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("email must not be null or blank");
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiKey("ops@example.com", ""))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("API key must not be null or blank");
    }

    @Test
    void secretsOutsidePrintableAsciiAreRefusedByIndexWithoutEchoingThem() {
        // the printable range is 0x21..0x7e: each bound is accepted, one step outside is refused
        assertThat(DynamicRoutesClient.builder()
                        .apiToken("!tok~")
                        .baseUrl(server.baseUrl())
                        .build())
                .isNotNull();
        for (String token : List.of("tök-SECRET", "t SECRET", "t\u007fSECRET", "t\u0000SECRET", "t\u2028SECRET")) {
            assertThatThrownBy(() -> DynamicRoutesClient.builder().apiToken(token))
                    .as(token)
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("API token contains a character not allowed in an HTTP header")
                    .hasMessageEndingWith("at index 1")
                    .hasMessageNotContaining("SECRET");
        }
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiKey("ops@exämple.com", "key-1"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("email contains")
                .hasMessageEndingWith("at index 6");
        assertThatThrownBy(() -> DynamicRoutesClient.builder().apiKey("ops@example.com", "kéy"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("API key contains")
                .hasMessageEndingWith("at index 1");
    }

    @Test
    void theLoopbackRuleNeverResolvesANameSoANameForALoopbackAddressIsStillRefusedOverHttp() throws IOException {
        // a name this machine maps to a loopback address without DNS (its own host name, or localhost's
        // usual aliases): only the literal "localhost" and literal addresses count as loopback
        String name = loopbackName();
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TestClients.TOKEN)
                        .baseUrl("http://" + name + ":8080/client/v4")
                        .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http:// to " + name);
        for (String literal : List.of("localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]")) {
            assertThat(DynamicRoutesClient.builder()
                            .apiToken(TestClients.TOKEN)
                            .baseUrl("http://" + literal + ":8080/client/v4")
                            .build())
                    .as(literal)
                    .isNotNull();
        }
        for (String notLoopback : List.of("10.0.0.1", "[fe80::1]", "128.0.0.1")) {
            assertThatThrownBy(() -> DynamicRoutesClient.builder()
                            .apiToken(TestClients.TOKEN)
                            .baseUrl("http://" + notLoopback + ":8080/client/v4")
                            .build())
                    .as(notLoopback)
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("plain http://");
        }
    }

    /** A host name (not a literal address, not "localhost") that resolves to loopback on this machine. */
    static String loopbackName() throws IOException {
        List<String> candidates = new ArrayList<>(List.of("localhost.localdomain", "ip6-localhost"));
        candidates.add(0, InetAddress.getLocalHost().getHostName());
        for (String candidate : candidates) {
            try {
                if (!candidate.equalsIgnoreCase("localhost")
                        && InetAddress.getByName(candidate).isLoopbackAddress()) {
                    return candidate;
                }
            } catch (IOException unknown) {
                // not known here: try the next
            }
        }
        // none resolves here: the rule must still refuse a name, loopback or not
        return "loopback.invalid";
    }
}
