package dev.dynamicroutes.client;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.error.ApiResponseException;
import dev.dynamicroutes.error.RequestDescription;
import dev.dynamicroutes.error.RouteDecodeException;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.generated.model.RouteDto;
import dev.dynamicroutes.generated.model.RoutesPageDto;
import dev.dynamicroutes.pagination.RoutesPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns a decoded routes response into our {@link RoutesPage}: typed routes plus the echoed paging fields. */
final class PageMapper {

    private PageMapper() {}

    static RoutesPage toPage(
            ApiResponse<ListRoutesResponseDto> response,
            RequestDescription request,
            @Nullable Integer page,
            @Nullable Integer perPage) {
        String cfRay = Exchanges.header(response.getHeaders(), "cf-ray");
        RoutesPageDto data = response.getData().getData();
        List<RouteDto> wire = data.getRoutes();
        List<Route> routes = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            try {
                routes.add(Route.fromWire(wire.get(i), i));
            } catch (RouteDecodeException e) {
                throw ApiResponseException.builder(request, response.getStatusCode())
                        .cfRay(cfRay)
                        .cause(e)
                        .buildInvalidResponse("route could not be decoded: " + e.getMessage(), jsonPath(e));
            }
        }
        int echoedPage = positiveInt(data.getPage());
        int echoedPerPage = positiveInt(data.getPerPage());
        RoutesPage.Builder result = RoutesPage.builder()
                .routes(routes)
                .page(echoedPage > 0 ? echoedPage : (page != null ? page : 1))
                .perPage(echoedPerPage > 0 ? echoedPerPage : (perPage != null ? perPage : routes.size()))
                .orderBy(data.getOrderBy())
                .orderByDirection(data.getOrderByDirection())
                .cfRay(cfRay);
        return result.build();
    }

    // TODO(values): the element package is moving to structured decode locations; build the JSONPath from
    // that value here instead of from the field string.
    private static String jsonPath(RouteDecodeException e) {
        StringBuilder path =
                new StringBuilder("$.data.routes[").append(e.routeIndex()).append(']');
        if (e.elementIndex() >= 0) {
            path.append(".elements[").append(e.elementIndex()).append(']');
        }
        // a route-level problem about the route itself (e.g. a null route) names the route as its field
        String field = e.field();
        if (field != null && !field.isEmpty() && !field.equals("routes[" + e.routeIndex() + "]")) {
            path.append(field.startsWith("[") ? "" : ".").append(field);
        }
        return path.toString();
    }

    /** The echoed number when it is a positive integer, else 0 ("not reported"). */
    private static int positiveInt(@Nullable BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }
}
