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
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.pagination.RoutesPaginator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paging edge cases against a loopback server that serves numbered pages. */
class PaginatorTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();
    final DynamicRoutesClient client =
            TestClients.builder(server.baseUrl(), time).maxRetries(0).build();

    /** Serves {@code total} routes in pages of {@code serverPageSize} (echoed as per_page), plus empty pages after. */
    void serveRoutes(int total, int serverPageSize) {
        int pages = total / serverPageSize + 2;
        for (int p = 1; p <= pages; p++) {
            int from = Math.min(total, (p - 1) * serverPageSize);
            int to = Math.min(total, p * serverPageSize);
            servePage(p, TestBodies.page(p, serverPageSize, TestBodies.ids(from, to)));
        }
    }

    void servePage(int page, String body) {
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", equalTo(String.valueOf(page)))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    List<String> requestedPages() {
        List<String> pages = new ArrayList<>();
        for (LoggedRequest r : server.findAll(getRequestedFor(urlPathEqualTo(ROUTES_PATH)))) {
            pages.add(r.queryParameter("page").firstValue() + "/"
                    + r.queryParameter("per_page").firstValue());
        }
        return pages;
    }

    RoutesPaginator paginator(int pageSize) {
        return client.listRoutesPaginator(
                ACCOUNT, GATEWAY, PaginationOptions.builder().pageSize(pageSize).build());
    }

    static List<String> ids(Iterable<Route> routes) {
        List<String> ids = new ArrayList<>();
        routes.forEach(r -> ids.add(r.id()));
        return ids;
    }

    @Test
    void nothingIsRequestedUntilIterationStarts() {
        serveRoutes(5, 3);

        RoutesPaginator paginator = paginator(3);
        Iterator<RoutesPage> pages = paginator.iterator();
        Stream<Route> stream = paginator.routes().stream();
        Iterable<Route> routes = paginator.routes();

        assertThat(server.getAllServeEvents()).isEmpty();
        assertThat(pages.hasNext()).isTrue();
        assertThat(requestedPages()).containsExactly("1/3");
        assertThat(stream.map(Route::id).toList()).containsExactly("r0", "r1", "r2", "r3", "r4");
        assertThat(routes).isNotNull();
    }

    @Test
    void zeroRoutes() {
        serveRoutes(0, 3);

        List<RoutesPage> pages = paginator(3).stream().toList();

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).routes()).isEmpty();
        assertThat(ids(paginator(3).routes())).isEmpty();
        assertThat(requestedPages()).containsExactly("1/3", "1/3");
    }

    @Test
    void exactMultipleOfThePageSizeEndsOnTheEmptyPage() {
        serveRoutes(6, 3);

        assertThat(ids(paginator(3).routes())).containsExactly("r0", "r1", "r2", "r3", "r4", "r5");
        assertThat(requestedPages()).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void shortLastPageEndsTheWalk() {
        serveRoutes(7, 3);

        List<RoutesPage> pages = paginator(3).stream().toList();

        assertThat(pages).extracting(p -> p.routes().size()).containsExactly(3, 3, 1);
        assertThat(requestedPages()).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void serverCappingPerPageIsFollowedNotMistakenForTheEnd() {
        // asked for 50, the server gives (and echoes) 20 per page
        serveRoutes(45, 20);

        List<String> ids = ids(client.listRoutesPaginator(ACCOUNT, GATEWAY).routes());

        assertThat(ids).hasSize(45).doesNotHaveDuplicates();
        assertThat(ids.get(44)).isEqualTo("r44");
        assertThat(requestedPages()).containsExactly("1/50", "2/50", "3/50");
    }

    @Test
    void defaultPageSizeIsFifty() {
        serveRoutes(3, 50);

        assertThat(ids(client.listRoutesPaginator(ACCOUNT, GATEWAY).routes())).hasSize(3);
        assertThat(requestedPages()).containsExactly("1/50");
    }

    @Test
    void serverIgnoringPageAndEchoingPageOneStops() {
        // every request gets page 1 back, as a server without paging support would send
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.page(1, 3, TestBodies.ids(0, 3)))));
        List<String> seen = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> paginator(3).routes().forEach(r -> seen.add(r.id())));

        assertThat(thrown).isInstanceOf(PaginationException.class);
        PaginationException e = (PaginationException) thrown;
        assertThat(e.reason()).isEqualTo(PaginationException.Reason.PAGE_NOT_ADVANCING);
        assertThat(e.page()).isEqualTo(2);
        assertThat(e.getMessage()).contains("ignores the page parameter");
        assertThat(seen).containsExactly("r0", "r1", "r2");
        assertThat(requestedPages()).hasSize(2);
    }

    @Test
    void serverRepeatingTheSameRoutesUnderNewPageNumbersStops() {
        for (int p = 1; p <= 5; p++) {
            servePage(p, TestBodies.page(p, 3, TestBodies.ids(0, 3)));
        }

        Throwable thrown = catchThrowable(() -> paginator(3).stream().forEach(page -> {}));

        assertThat(thrown).isInstanceOf(PaginationException.class);
        assertThat(((PaginationException) thrown).reason()).isEqualTo(PaginationException.Reason.REPEATED_PAGE);
        assertThat(((PaginationException) thrown).page()).isEqualTo(2);
        assertThat(requestedPages()).hasSize(2);
    }

    @Test
    void maximumNumberOfPagesStopsAnEndlessServerWithAnException() {
        serveRoutes(100, 3);
        RoutesPaginator paginator = client.listRoutesPaginator(
                ACCOUNT,
                GATEWAY,
                PaginationOptions.builder().pageSize(3).maxPages(2).build());
        List<String> seen = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> paginator.routes().forEach(r -> seen.add(r.id())));

        assertThat(thrown).isInstanceOf(PaginationException.class);
        assertThat(((PaginationException) thrown).reason()).isEqualTo(PaginationException.Reason.MAX_PAGES_EXCEEDED);
        assertThat(seen).hasSize(6);
        assertThat(requestedPages()).containsExactly("1/3", "2/3");
    }

    @Test
    void maximumReachedExactlyAtTheLastPageIsFine() {
        serveRoutes(5, 3);

        List<String> ids = ids(client.listRoutesPaginator(
                        ACCOUNT,
                        GATEWAY,
                        PaginationOptions.builder().pageSize(3).maxPages(2).build())
                .routes());

        assertThat(ids).hasSize(5);
    }

    @Test
    void errorOnPageNSurfacesWhenPageNIsReachedAsTheTypedException() {
        servePage(1, TestBodies.page(1, 3, TestBodies.ids(0, 3)));
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .withQueryParam("page", equalTo("2"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(TestBodies.cloudflareError(7003, "No route for that URI"))));
        Iterator<RoutesPage> pages = paginator(3).iterator();

        assertThat(pages.next().routes()).hasSize(3);
        assertThat(requestedPages()).containsExactly("1/3");
        Throwable thrown = catchThrowable(pages::hasNext);

        assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
        NotFoundException e = (NotFoundException) thrown;
        assertThat(e.request().page()).hasValue(2);
        assertThat(e.getMessage()).contains("page 2").contains("7003");
    }

    @Test
    void everyIterationStartsAgainAtPageOne() {
        serveRoutes(4, 3);
        RoutesPaginator paginator = paginator(3);

        assertThat(ids(paginator.routes())).hasSize(4);
        assertThat(paginator.routes().stream().count()).isEqualTo(4);
        assertThat(paginator.stream().count()).isEqualTo(2);

        assertThat(requestedPages()).containsExactly("1/3", "2/3", "1/3", "2/3", "1/3", "2/3");
    }

    @Test
    void pagesCarryTheirPagingFields() {
        serveRoutes(4, 3);

        List<RoutesPage> pages = paginator(3).stream().toList();

        assertThat(pages).extracting(RoutesPage::page).containsExactly(1, 2);
        assertThat(pages).extracting(RoutesPage::perPage).containsExactly(3, 3);
        assertThat(pages.get(1).orderBy()).contains("created_at");
    }
}
