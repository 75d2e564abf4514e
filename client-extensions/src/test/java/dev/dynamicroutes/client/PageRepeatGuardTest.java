package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.PaginationException;
import dev.dynamicroutes.pagination.PaginationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The repeat guard of the paginator, one test per row of the README's table: a server that ignores
 * {@code page} but varies the order, or alternates result sets, is stopped as soon as a set of routes
 * comes back (not after {@code maxPages} requests); data that shifts during a walk is not.
 */
class PageRepeatGuardTest {

    static final Pattern PAGE = Pattern.compile("[?&]page=(\\d+)");

    static List<String> walk(IntFunction<List<String>> pages, AtomicInteger requests) throws IOException {
        ScriptedServer[] holder = new ScriptedServer[1];
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
            String head = holder[0].heads.get(n - 1);
            Matcher m = PAGE.matcher(head.substring(0, head.indexOf('\r')));
            int page = m.find() ? Integer.parseInt(m.group(1)) : 1;
            byte[] body = TestBodies.page(page, 5, pages.apply(page)).getBytes(StandardCharsets.UTF_8);
            ScriptedServer.respond(out, 200, body, "Content-Type: application/json");
        })) {
            holder[0] = server;
            try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                    .build()) {
                List<String> ids = new ArrayList<>();
                try {
                    for (Route route : client.listRoutesPaginator(
                                    ACCOUNT,
                                    GATEWAY,
                                    PaginationOptions.builder().pageSize(5).build())
                            .routes()) {
                        ids.add(route.id());
                    }
                } finally {
                    requests.set(server.requests());
                }
                return ids;
            }
        }
    }

    @Test
    void sameRoutesRotatedStopAtTheFirstRepeat() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        List<String> base = TestBodies.ids(0, 5);
        Throwable thrown = catchThrowable(() -> walk(
                page -> {
                    List<String> rotated = new ArrayList<>(base);
                    java.util.Collections.rotate(rotated, page);
                    return rotated;
                },
                requests));
        assertThat(thrown).isInstanceOf(PaginationException.class);
        assertThat(((PaginationException) thrown).reason()).isEqualTo(PaginationException.Reason.REPEATED_PAGE);
        assertThat(requests.get()).isEqualTo(2);
    }

    @Test
    void twoResultSetsInTurnStopWhenTheFirstComesBack() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        Throwable thrown = catchThrowable(
                () -> walk(page -> page % 2 == 1 ? TestBodies.ids(0, 5) : TestBodies.ids(5, 10), requests));
        assertThat(thrown).isInstanceOf(PaginationException.class);
        assertThat(((PaginationException) thrown).reason()).isEqualTo(PaginationException.Reason.REPEATED_PAGE);
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void aRouteAddedAtTheFrontDuringTheWalkDoesNotStopIt() throws IOException {
        // 12 routes; after page 1 was read, one is inserted at the front, so page 2 starts with the
        // last route of page 1 again: pages overlap but never repeat as a set
        AtomicInteger requests = new AtomicInteger();
        List<String> before = TestBodies.ids(0, 12);
        List<String> after = new ArrayList<>(List.of("new"));
        after.addAll(before);
        List<String> ids = walk(
                page -> {
                    List<String> data = page == 1 ? before : after;
                    int from = Math.min((page - 1) * 5, data.size());
                    return data.subList(from, Math.min(from + 5, data.size()));
                },
                requests);
        assertThat(ids)
                .hasSize(13)
                .startsWith("r0", "r1", "r2", "r3", "r4", "r4")
                .endsWith("r11");
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void aRouteRemovedDuringTheWalkDoesNotStopIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        List<String> before = TestBodies.ids(0, 12);
        List<String> after = TestBodies.ids(1, 12);
        List<String> ids = walk(
                page -> {
                    List<String> data = page == 1 ? before : after;
                    int from = Math.min((page - 1) * 5, data.size());
                    return data.subList(from, Math.min(from + 5, data.size()));
                },
                requests);
        // r5 moved onto page 1 after it was read: skipped, as with any offset paging; the walk ends normally
        assertThat(ids).doesNotContain("r5").contains("r11");
        assertThat(requests.get()).isEqualTo(3);
    }

    @Test
    void fingerprintsAreOrderIndependentAndSmall() {
        long a = dev.dynamicroutes.pagination.PageFingerprintsProbe.of(List.of("a", "b", "c"));
        long b = dev.dynamicroutes.pagination.PageFingerprintsProbe.of(List.of("c", "a", "b"));
        long c = dev.dynamicroutes.pagination.PageFingerprintsProbe.of(List.of("a", "b", "d"));
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        assertThat(dev.dynamicroutes.pagination.PageFingerprintsProbe.bytesHeldAfter(2_000))
                .isLessThan(64 * 1024);
    }
}
