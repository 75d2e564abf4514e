package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Settings refused where they are made, as the README's "Wrong settings fail where you make them"
 * says, each with its edge accepted; and {@link RequestOptions} as a value (equal exactly when its
 * query parameters, headers and timeout are).
 */
class SettingsRefusedTest {

    @Test
    void wrongSettingsFailAtTheirSetterNamingTheSetting() {
        List<String> table = new ArrayList<>();
        table.add(outcome(() -> RequestOptions.builder().queryParameter(" ", "v")));
        table.add(outcome(() -> RequestOptions.builder().queryParameter("page", "2")));
        table.add(outcome(() -> RequestOptions.builder().queryParameter("per_page", "2")));
        table.add(outcome(() -> RequestOptions.builder().queryParameter("pages", "2")));
        table.add(outcome(() -> RequestOptions.builder().timeout(Duration.ZERO)));
        table.add(outcome(() -> RequestOptions.builder().timeout(Duration.ofNanos(-1))));
        table.add(outcome(() -> RequestOptions.builder().timeout(Duration.ofNanos(1))));
        table.add(outcome(() -> RequestOptions.builder().timeout(Duration.ofSeconds(Long.MAX_VALUE))));
        table.add(outcome(() -> DynamicRoutesClient.builder().requestTimeout(Duration.ZERO)));
        table.add(outcome(() -> DynamicRoutesClient.builder().connectTimeout(Duration.ofNanos(-1))));
        table.add(outcome(() -> DynamicRoutesClient.builder().overallTimeout(Settings.MAX_TIMEOUT.plusNanos(1))));
        table.add(outcome(() -> DynamicRoutesClient.builder().overallTimeout(Settings.MAX_TIMEOUT)));
        table.add(outcome(() -> DynamicRoutesClient.builder().maxRetries(-1)));
        table.add(outcome(() -> DynamicRoutesClient.builder().maxRetries(0)));

        assertThat(table)
                .containsExactly(
                        "IllegalArgumentException: query parameter name must not be blank",
                        "IllegalArgumentException: page is set by the call itself: use listRoutes(accountId,"
                                + " gatewayId, page, perPage, ...)",
                        "IllegalArgumentException: per_page is set by the call itself: use listRoutes(accountId,"
                                + " gatewayId, page, perPage, ...)",
                        "accepted",
                        "IllegalArgumentException: timeout must be positive, was PT0S",
                        "IllegalArgumentException: timeout must be positive, was PT-0.000000001S",
                        "accepted",
                        "IllegalArgumentException: timeout must be at most PT596H31M23.647S (2147483647 ms), was"
                                + " PT2562047788015215H30M7S",
                        "IllegalArgumentException: requestTimeout must be positive, was PT0S",
                        "IllegalArgumentException: connectTimeout must be positive, was PT-0.000000001S",
                        "IllegalArgumentException: overallTimeout must be at most PT596H31M23.647S (2147483647 ms), was"
                                + " PT596H31M23.647000001S",
                        "accepted",
                        "IllegalArgumentException: maxRetries must be 0 or more, was -1",
                        "accepted");
    }

    @Test
    void theLongestPerCallTimeoutWorksInACall() throws Exception {
        try (RawHttpServer server = new RawHttpServer(TestBodies.page(1, 50, List.of("r1")));
                DynamicRoutesClient client = TestClients.builder(server.baseUrl(), new TestClients.FakeTime())
                        .build()) {
            RequestOptions longest =
                    RequestOptions.builder().timeout(Settings.MAX_TIMEOUT).build();
            assertThat(client.listRoutes(TestBodies.ACCOUNT, TestBodies.GATEWAY, 1, 50, longest)
                            .routes())
                    .hasSize(1);
        }
    }

    @Test
    void aHeaderValueIsRefusedForAControlOrNonLatin1CharacterNamingWhichAndWhereNeverTheValue() {
        List<String> table = new ArrayList<>();
        for (String value :
                List.of("a b", "a\tb", "caf\u00e9 \u00ff", "\u0080", "a\u001fb", "a\u007fb", "\u0100", "\u2028")) {
            table.add(outcome(() -> RequestOptions.builder().header("X-Team", value)));
        }
        table.add(outcome(() -> DynamicRoutesClient.builder().defaultHeader("X-Team", "ok\nX-Forged: 1")));

        String rule = "; HTTP header values allow visible Latin-1 characters, spaces and tabs";
        assertThat(table)
                .containsExactly(
                        "accepted",
                        "accepted",
                        "accepted",
                        "accepted",
                        "IllegalArgumentException: header(X-Team, …): the value contains a control character at index 1"
                                + rule,
                        "IllegalArgumentException: header(X-Team, …): the value contains a control character at index 1"
                                + rule,
                        "IllegalArgumentException: header(X-Team, …): the value contains a character outside Latin-1 at"
                                + " index 0" + rule,
                        "IllegalArgumentException: header(X-Team, …): the value contains a character outside Latin-1 at"
                                + " index 0" + rule,
                        "IllegalArgumentException: defaultHeader(X-Team, …): the value contains a control character at"
                                + " index 2" + rule);
    }

    @Test
    void requestOptionsAreEqualExactlyWhenEveryPartIsEqual() {
        RequestOptions base = RequestOptions.builder()
                .queryParameter("q", "1")
                .header("X-Team", "a")
                .timeout(Duration.ofSeconds(5))
                .build();
        List<String> table = new ArrayList<>();
        table.add("same parts: "
                + compare(
                        base,
                        RequestOptions.builder()
                                .queryParameter("q", "1")
                                .header("X-Team", "a")
                                .timeout(Duration.ofSeconds(5))
                                .build()));
        table.add("other query: "
                + compare(
                        base,
                        RequestOptions.builder()
                                .queryParameter("q", "2")
                                .header("X-Team", "a")
                                .timeout(Duration.ofSeconds(5))
                                .build()));
        table.add("other header: "
                + compare(
                        base,
                        RequestOptions.builder()
                                .queryParameter("q", "1")
                                .header("X-Team", "b")
                                .timeout(Duration.ofSeconds(5))
                                .build()));
        table.add("other timeout: "
                + compare(
                        base,
                        RequestOptions.builder()
                                .queryParameter("q", "1")
                                .header("X-Team", "a")
                                .timeout(Duration.ofSeconds(6))
                                .build()));
        table.add("none and empty: "
                + compare(RequestOptions.none(), RequestOptions.builder().build()));

        assertThat(table)
                .containsExactly(
                        "same parts: equal true, same hash true",
                        "other query: equal false, same hash false",
                        "other header: equal false, same hash false",
                        "other timeout: equal false, same hash false",
                        "none and empty: equal true, same hash true");
        assertThat(base).isNotEqualTo("not options");
    }

    private static String compare(RequestOptions a, RequestOptions b) {
        return "equal " + (a.equals(b) && b.equals(a)) + ", same hash " + (a.hashCode() == b.hashCode());
    }

    private static String outcome(Supplier<Object> setting) {
        Throwable thrown = catchThrowable(setting::get);
        return thrown == null ? "accepted" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }
}
