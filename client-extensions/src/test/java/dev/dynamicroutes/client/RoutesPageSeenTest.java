package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated page model carrying the typed routes: equal exactly when the echoed paging fields
 * and the typed routes are equal (the generated model's own {@code routes} stay empty, so without
 * the typed ones two different pages would compare equal), with a hash code to match.
 */
class RoutesPageSeenTest {

    @Test
    void equalExactlyWhenPagingFieldsAndTypedRoutesAreEqual() throws Exception {
        List<Route> one = routes("r1");
        List<Route> two = routes("r1", "r2");
        ResponseDecoder.RoutesPageSeen base = seen(1, one);
        List<String> table = new ArrayList<>();
        table.add("same fields, equal routes: " + compare(base, seen(1, routes("r1"))));
        table.add("same fields, other routes: " + compare(base, seen(1, two)));
        table.add("other page, equal routes: " + compare(base, seen(2, one)));
        table.add("itself: " + compare(base, base));

        assertThat(table)
                .containsExactly(
                        "same fields, equal routes: equal true, same hash true",
                        "same fields, other routes: equal false, same hash false",
                        "other page, equal routes: equal false, same hash false",
                        "itself: equal true, same hash true");
        assertThat(base.typedRoutes()).isEqualTo(one);
        assertThat(base.getRoutes()).isEmpty();
    }

    private static String compare(ResponseDecoder.RoutesPageSeen a, ResponseDecoder.RoutesPageSeen b) {
        return "equal " + (a.equals(b) && b.equals(a)) + ", same hash " + (a.hashCode() == b.hashCode());
    }

    private static ResponseDecoder.RoutesPageSeen seen(int page, List<Route> routes) {
        ResponseDecoder.PageData data = new ResponseDecoder.PageData();
        data.page = BigDecimal.valueOf(page);
        data.perPage = BigDecimal.valueOf(50);
        data.orderBy = "created_at";
        data.orderByDirection = "desc";
        return new ResponseDecoder.RoutesPageSeen(data, routes);
    }

    private static List<Route> routes(String... ids) throws Exception {
        List<Route> routes = new ArrayList<>();
        for (String id : ids) {
            routes.add(RouteJson.newObjectMapper().readValue(TestBodies.route(id), Route.class));
        }
        return routes;
    }
}
