package dev.dynamicroutes.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static dev.dynamicroutes.client.TestBodies.GATEWAY;
import static dev.dynamicroutes.client.TestBodies.ROUTES_PATH;
import static dev.dynamicroutes.client.TestClients.error;
import static dev.dynamicroutes.client.TestClients.ok;
import static dev.dynamicroutes.client.TestClients.routeRequests;
import static dev.dynamicroutes.client.TestClients.serveInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.dynamicroutes.error.BadRequestException;
import dev.dynamicroutes.error.NotFoundException;
import dev.dynamicroutes.error.RateLimitException;
import dev.dynamicroutes.error.ServerException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Decisions of the client documented in the README, each with its edges: which base URLs and
 * headers {@code build()} accepts, which environments give credentials, that secrets a server echoes
 * never reach an exception, which statuses {@code x-should-retry} may turn into a retry, and that an
 * interrupt during the wait before a retry ends the call with the last failure.
 */
class ClientDecisionsTest {

    @RegisterExtension
    static WireMockExtension server = TestClients.loopbackWireMock();

    final TestClients.FakeTime time = new TestClients.FakeTime();

    @Test
    void loopbackIsDecidedFromTheHostTextAloneWithoutDns() {
        List<String> table = new ArrayList<>();
        for (String host : List.of(
                "localhost",
                "LocalHost",
                "127.0.0.1",
                "127.255.255.255",
                "[::1]",
                "[0:0:0:0:0:0:0:1]",
                "[::ffff:127.0.0.1]",
                "10.0.0.1",
                "[::2]",
                "127.0.0.256",
                "999.0.0.1",
                "[1:2:3]",
                "localhost.example",
                "127.0.0.1.example")) {
            table.add(host + " " + BaseUrl.isLoopback(host));
        }
        assertThat(table)
                .containsExactly(
                        "localhost true",
                        "LocalHost true",
                        "127.0.0.1 true",
                        "127.255.255.255 true",
                        "[::1] true",
                        "[0:0:0:0:0:0:0:1] true",
                        "[::ffff:127.0.0.1] true", // IPv4-mapped
                        "10.0.0.1 false",
                        "[::2] false",
                        "127.0.0.256 false", // an octet above 255: no address at all
                        "999.0.0.1 false",
                        "[1:2:3] false", // not a valid IPv6 literal: refused by the parser, no lookup
                        "localhost.example false",
                        "127.0.0.1.example false");
    }

    @Test
    void baseUrlsAreCheckedAtBuildWithTheirEdges() {
        List<String> table = new ArrayList<>();
        for (String url : List.of(
                " ",
                "https:///client/v4",
                "https://api.example.com:0/client/v4",
                "https://api.example.com:1/client/v4",
                "https://api.example.com:65535/client/v4",
                "https://api.example.com:65536/client/v4",
                "https://api.example.com/client/v4?x=1",
                "https://api.example.com/client/v4#top",
                "http://10.0.0.1/client/v4",
                "http://localhost:8080/client/v4",
                "http://127.0.0.2:8080/client/v4",
                "http://[::1]:8080/client/v4")) {
            table.add("'" + url + "' -> " + outcome(b -> b.baseUrl(url)));
        }

        assertThat(table)
                .containsExactly(
                        "' ' -> IllegalArgumentException: baseUrl must not be blank",
                        "'https:///client/v4' -> IllegalArgumentException: baseUrl has no host",
                        "'https://api.example.com:0/client/v4' -> IllegalArgumentException:"
                                + " baseUrl port must be between 1 and 65535, was 0",
                        "'https://api.example.com:1/client/v4' -> built",
                        "'https://api.example.com:65535/client/v4' -> built",
                        "'https://api.example.com:65536/client/v4' -> IllegalArgumentException:"
                                + " baseUrl port must be between 1 and 65535, was 65536",
                        "'https://api.example.com/client/v4?x=1' -> IllegalArgumentException:"
                                + " baseUrl must not have a query or fragment",
                        "'https://api.example.com/client/v4#top' -> IllegalArgumentException:"
                                + " baseUrl must not have a query or fragment",
                        "'http://10.0.0.1/client/v4' -> IllegalArgumentException: baseUrl uses plain http:// to"
                                + " 10.0.0.1: credentials would travel unencrypted. Use https://, or call"
                                + " allowInsecureHttp(true) if this is really intended (plain http is always allowed"
                                + " to loopback addresses)",
                        "'http://localhost:8080/client/v4' -> built",
                        "'http://127.0.0.2:8080/client/v4' -> built",
                        "'http://[::1]:8080/client/v4' -> built");
    }

    @Test
    void headersTheLibraryOwnsAreRefusedWhateverTheirCase() {
        List<String> table = new ArrayList<>();
        for (String name :
                List.of("X-Team", "Bad Header", "User-Agent", "user-agent", "Host", "HOST", "authorization")) {
            table.add(name + " -> " + outcome(b -> b.defaultHeader(name, "v")));
        }

        assertThat(table)
                .containsExactly(
                        "X-Team -> built",
                        "Bad Header -> IllegalArgumentException: not a valid header name: Bad Header",
                        "User-Agent -> IllegalArgumentException: User-Agent cannot be set as a header",
                        "user-agent -> IllegalArgumentException: user-agent cannot be set as a header",
                        "Host -> IllegalArgumentException: Host cannot be set as a header",
                        "HOST -> IllegalArgumentException: HOST cannot be set as a header",
                        "authorization -> IllegalArgumentException: authorization cannot be set as a header:"
                                + " use apiToken(...) or apiKey(...)");
    }

    @Test
    void anEnvironmentGivesCredentialsOnlyWhenComplete() {
        List<String> table = new ArrayList<>();
        for (Map<String, String> environment : List.of(
                Map.of("CLOUDFLARE_API_KEY", "k"),
                Map.of("CLOUDFLARE_EMAIL", "ops@example.com"),
                Map.of("CLOUDFLARE_EMAIL", " ", "CLOUDFLARE_API_KEY", "k"),
                Map.of("CLOUDFLARE_EMAIL", "ops@example.com", "CLOUDFLARE_API_KEY", "k"),
                Map.of("CLOUDFLARE_API_TOKEN", "t", "CLOUDFLARE_BASE_URL", "  "),
                Map.<String, String>of())) {
            table.add(outcome(b ->
                    DynamicRoutesClient.builder().environment(environment::get).fromEnv()));
        }

        assertThat(table)
                .containsExactly(
                        "IllegalStateException: incomplete credentials in the environment: CLOUDFLARE_EMAIL and"
                                + " CLOUDFLARE_API_KEY must both be set (CLOUDFLARE_EMAIL is missing), or set"
                                + " CLOUDFLARE_API_TOKEN",
                        "IllegalStateException: incomplete credentials in the environment: CLOUDFLARE_EMAIL and"
                                + " CLOUDFLARE_API_KEY must both be set (CLOUDFLARE_API_KEY is missing), or set"
                                + " CLOUDFLARE_API_TOKEN",
                        "IllegalStateException: incomplete credentials in the environment: CLOUDFLARE_EMAIL and"
                                + " CLOUDFLARE_API_KEY must both be set (CLOUDFLARE_EMAIL is missing), or set"
                                + " CLOUDFLARE_API_TOKEN",
                        "built",
                        "built", // a blank CLOUDFLARE_BASE_URL is unset: the default base URL
                        "IllegalStateException: no credentials in the environment: set CLOUDFLARE_API_TOKEN, or"
                                + " CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY (or call apiToken(...) / apiKey(...) on"
                                + " the builder)");
    }

    @Test
    void secretsAServerEchoesNeverReachTheException() {
        List<String> table = new ArrayList<>();
        for (boolean token : List.of(true, false)) {
            server.resetAll();
            String echoed = "token " + TestClients.TOKEN + " for " + TestClients.EMAIL + " with " + TestClients.KEY;
            server.stubFor(get(urlPathEqualTo(ROUTES_PATH)).willReturn(error(400, echoed)));
            DynamicRoutesClient.Builder builder = TestClients.builder(server.baseUrl(), time);
            if (!token) {
                builder.apiKey(TestClients.EMAIL, TestClients.KEY);
            }
            try (DynamicRoutesClient client = builder.build()) {
                Throwable thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
                assertThat(thrown).isInstanceOf(BadRequestException.class);
                table.add(String.valueOf(((BadRequestException) thrown).errors()));
            }
        }

        assertThat(table)
                .containsExactly(
                        "[400: token [REDACTED] for " + TestClients.EMAIL + " with " + TestClients.KEY + "]",
                        "[400: token " + TestClients.TOKEN + " for [REDACTED] with [REDACTED]]");
    }

    @Test
    void xShouldRetryIsHonouredUpTo599() {
        serveInOrder(server, error(599, "odd").withHeader("x-should-retry", "true"), ok());

        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).build()) {
            assertThat(client.listRoutes(ACCOUNT, GATEWAY, 1, 50).routes()).hasSize(1);
        }
        assertThat(routeRequests(server)).isEqualTo(2);
    }

    @Test
    void anInterruptDuringTheWaitEndsTheCallWithTheLastFailureAndKeepsTheInterrupt() {
        serveInOrder(server, error(503, "busy"), ok());

        Throwable thrown;
        boolean interrupted;
        try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .sleeper(wait -> {
                    throw new InterruptedException("stop");
                })
                .build()) {
            thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
        } finally {
            interrupted = Thread.interrupted(); // clears it for the next test
        }

        assertThat(interrupted).isTrue();
        assertThat(thrown).isExactlyInstanceOf(ServerException.class);
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        ServerException.class,
                        e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(InterruptedException.class));
        assertThat(routeRequests(server)).isEqualTo(1);
    }

    private static String outcome(UnaryOperator<DynamicRoutesClient.Builder> settings) {
        Throwable thrown = catchThrowable(() -> {
            try (DynamicRoutesClient client =
                    settings.apply(DynamicRoutesClient.builder().apiToken("t")).build()) {
                assertThat(client).isNotNull();
            }
        });
        return thrown == null ? "built" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
    }

    @Test
    void credentialsDescribeThemselvesByTheirSchemeOnly() {
        assertThat(Credentials.apiToken(TestClients.TOKEN)).hasToString("Credentials{API_TOKEN, secrets redacted}");
        assertThat(Credentials.emailAndApiKey(TestClients.EMAIL, TestClients.KEY))
                .hasToString("Credentials{EMAIL_AND_API_KEY, secrets redacted}");
    }

    @Test
    void anErrorBodyLongerThanWhatIsReadIsMarkedCutAndASecretBrokenByTheCutIsStillRedacted() {
        // a 4 KiB token echoed 17 times: the 64 KiB read ends inside its 16th copy
        Random random = new Random(14);
        StringBuilder token = new StringBuilder();
        while (token.length() < 4096) {
            token.append((char) ('a' + random.nextInt(26)));
        }
        String secret = token.toString();
        server.stubFor(get(urlPathEqualTo(ROUTES_PATH))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"echo\":\"" + secret.repeat(17) + "\"}")));

        Throwable thrown;
        try (DynamicRoutesClient client =
                TestClients.builder(server.baseUrl(), time).apiToken(secret).build()) {
            thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
        }

        assertThat(thrown)
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.bodyExcerpt())
                                .isEqualTo("{\"echo\":\"" + ServerText.REDACTED.repeat(16) + "..."));
    }

    @Test
    void aRetryableResponseDecidedWhileTheThreadIsInterruptedIsNotRetried() {
        // the interrupt arrives after the response was read, while its Retry-After date is turned into a
        // wait (the one read of the clock from RetryAfter): the failure ends the call, no second attempt
        serveInOrder(server, error(429, "slow down").withHeader("Retry-After", "Thu, 01 Jan 2026 00:00:02 GMT"), ok());
        Clock interruptingClock = new TestClients.UtcClock() {
            @Override
            public Instant instant() {
                if (StackWalker.getInstance()
                        .walk(frames -> frames.anyMatch(f -> f.getClassName().equals(RetryAfter.class.getName())))) {
                    Thread.currentThread().interrupt();
                }
                return time.instant();
            }
        };

        Throwable thrown;
        boolean interrupted;
        try (DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time)
                .clock(interruptingClock)
                .build()) {
            thrown = catchThrowable(() -> client.listRoutes(ACCOUNT, GATEWAY, 1, 50));
        } finally {
            interrupted = Thread.interrupted(); // clears it for the next test
        }

        assertThat(interrupted).isTrue();
        assertThat(thrown)
                .isInstanceOfSatisfying(
                        RateLimitException.class,
                        e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2)));
        assertThat(time.waits).isEmpty();
        assertThat(routeRequests(server)).isEqualTo(1);
    }
}
