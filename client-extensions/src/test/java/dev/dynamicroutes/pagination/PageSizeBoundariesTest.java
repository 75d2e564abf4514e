package dev.dynamicroutes.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.element.EndElement;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteDeployment;
import dev.dynamicroutes.element.RouteVersion;
import dev.dynamicroutes.element.StartElement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The edges of the page numbers and sizes as the public API documents them: {@link RoutesPage.Builder}
 * takes a 1-based page and a size of 0 or more, and a walk over pages a test double builds stops on
 * a short page measured against the requested size when a page reports size 0.
 */
class PageSizeBoundariesTest {

    @Test
    void theBuilderTakesPageOneAndSizeZeroAndRefusesWhatIsBelow() {
        List<String> outcomes = new ArrayList<>();
        outcomes.add(
                "page(1): " + outcome(() -> RoutesPage.builder().page(1).build().page()));
        outcomes.add(
                "page(0): " + outcome(() -> RoutesPage.builder().page(0).build().page()));
        outcomes.add("page(-1): "
                + outcome(() -> RoutesPage.builder().page(-1).build().page()));
        outcomes.add("perPage(0): "
                + outcome(() -> RoutesPage.builder().perPage(0).build().perPage()));
        outcomes.add("perPage(1): "
                + outcome(() -> RoutesPage.builder().perPage(1).build().perPage()));
        outcomes.add("perPage(-1): "
                + outcome(() -> RoutesPage.builder().perPage(-1).build().perPage()));

        assertThat(outcomes)
                .containsExactly(
                        "page(1): 1",
                        "page(0): IllegalArgumentException: page must be at least 1, was 0",
                        "page(-1): IllegalArgumentException: page must be at least 1, was -1",
                        "perPage(0): 0",
                        "perPage(1): 1",
                        "perPage(-1): IllegalArgumentException: perPage must be 0 or more, was -1");
    }

    @Test
    void aPageReportingSizeZeroIsMeasuredAgainstTheRequestedSize() {
        // one route where two were asked for: a short page, the last one, whatever size it reports
        List<Integer> asked = new ArrayList<>();
        RoutesPaginator paginator = RoutesPaginator.of(
                number -> {
                    asked.add(number);
                    return RoutesPage.builder()
                            .routes(List.of(route("r" + number)))
                            .page(number)
                            .perPage(0)
                            .build();
                },
                PaginationOptions.builder().pageSize(2).build());

        assertThat(paginator.routes().stream().map(Route::id)).containsExactly("r1");
        assertThat(asked).containsExactly(1);
    }

    @Test
    void aPageReportingACappedSizeItFillsIsFullAndTheWalkGoesOn() {
        // the contrast to the test above: the server says its pages hold one route, so one route is a full page
        List<Integer> asked = new ArrayList<>();
        RoutesPaginator paginator = RoutesPaginator.of(
                number -> {
                    asked.add(number);
                    return RoutesPage.builder()
                            .routes(number == 1 ? List.of(route("r1")) : List.of())
                            .page(number)
                            .perPage(1)
                            .build();
                },
                PaginationOptions.builder().pageSize(2).build());

        assertThat(paginator.routes().stream().map(Route::id)).containsExactly("r1");
        assertThat(asked).containsExactly(1, 2);
    }

    private static String outcome(java.util.function.IntSupplier call) {
        Throwable thrown = catchThrowable(() -> call.getAsInt());
        if (thrown == null) {
            return String.valueOf(call.getAsInt());
        }
        return thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }

    private static Route route(String id) {
        OffsetDateTime at = OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.UTC);
        return Route.builder()
                .id(id)
                .name("route " + id)
                .accountTag("acc")
                .gatewayId("gw")
                .createdAt(at)
                .modifiedAt(at)
                .deployment(RouteDeployment.of("d", "v", "2025-03-04 10:20:00", null))
                .version(RouteVersion.of("v", true, "2025-03-04 10:19:00", "{}", RouteVersion.Validity.VALID, null))
                .elements(List.of(StartElement.of("start", "end"), EndElement.of("end")))
                .build();
    }
}
