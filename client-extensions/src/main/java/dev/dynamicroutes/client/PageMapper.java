package dev.dynamicroutes.client;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.generated.model.RoutesPageDto;
import dev.dynamicroutes.pagination.RoutesPage;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a decoded routes response into our {@link RoutesPage}: typed routes plus the echoed paging fields. */
final class PageMapper {

    private PageMapper() {}

    static RoutesPage toPage(
            ApiResponse<ListRoutesResponseDto> response,
            @Nullable Integer page,
            @Nullable Integer perPage,
            ServerText text) {
        // server text like any other: redacted, neutralised, bounded
        String cfRay =
                text.cleanIfPresent(Exchanges.header(response.getHeaders(), "cf-ray"), Exchanges.MAX_CF_RAY_CHARS);
        RoutesPageDto data = response.getData().getData();
        // typed where the body was decoded (ResponseDecoder); a route that cannot be typed failed there
        List<Route> routes = ((ResponseDecoder.RoutesPageSeen) data).typedRoutes();
        int echoedPage = echoed(data.getPage());
        int echoedPerPage = echoed(data.getPerPage());
        RoutesPage.Builder result = RoutesPage.builder()
                .routes(routes)
                .page(echoedPage > 0 ? echoedPage : (page != null ? page : 1))
                .perPage(echoedPerPage > 0 ? echoedPerPage : (perPage != null ? perPage : routes.size()))
                .orderBy(data.getOrderBy())
                .orderByDirection(data.getOrderByDirection())
                .cfRay(cfRay);
        return result.build();
    }

    /**
     * The echoed number as an {@code int}, or 0 when it is absent or no {@code int}; only a positive
     * one counts as reported (the one place that decides is {@link #toPage}).
     */
    private static int echoed(@Nullable BigDecimal value) {
        if (value == null) {
            return 0;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}
