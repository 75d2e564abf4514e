package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestClients.EMAIL;
import static dev.dynamicroutes.client.TestClients.KEY;
import static dev.dynamicroutes.client.TestClients.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What goes on the wire, read from the raw request line and headers: ids stay single path
 * segments, exactly one auth scheme is sent, base URLs are checked.
 */
class WireSecurityTest {

    RawHttpServer server;
    final TestClients.FakeTime time = new TestClients.FakeTime();

    @BeforeEach
    void start() throws IOException {
        server = new RawHttpServer(TestBodies.page(1, 50, List.of("r1")));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    static Stream<Arguments> hostileIds() {
        return Stream.of(
                Arguments.of("a/b", "a%2Fb"),
                Arguments.of("../../admin", "..%2F..%2Fadmin"),
                Arguments.of("..x", "..x"),
                Arguments.of("a?page=99&per_page=1", "a%3Fpage%3D99%26per_page%3D1"),
                Arguments.of("a#frag", "a%23frag"),
                Arguments.of("50%", "50%25"),
                Arguments.of("%2F", "%252F"),
                Arguments.of("%41", "%2541"),
                Arguments.of("with space", "with%20space"),
                Arguments.of("é☃", "%C3%A9%E2%98%83"),
                Arguments.of("a\\b", "a%5Cb"),
                Arguments.of("a;b=c", "a%3Bb%3Dc"),
                Arguments.of("{x}", "%7Bx%7D"),
                Arguments.of("a+b", "a%2Bb"),
                Arguments.of("line\r\nX-Injected: 1", "line%0D%0AX-Injected%3A%201"));
    }

    @ParameterizedTest(name = "account id {0}")
    @MethodSource("hostileIds")
    void accountIdIsOneEncodedSegment(String id, String encoded) {
        TestClients.builder(server.baseUrl(), time).build().listRoutes(id, "gw", 2, 10);

        assertThat(server.received).hasSize(1);
        assertThat(server.received.get(0).requestLine())
                .isEqualTo("GET /client/v4/accounts/" + encoded
                        + "/ai-gateway/gateways/gw/routes?page=2&per_page=10 HTTP/1.1");
    }

    @ParameterizedTest(name = "gateway id {0}")
    @MethodSource("hostileIds")
    void gatewayIdIsOneEncodedSegment(String id, String encoded) {
        TestClients.builder(server.baseUrl(), time).build().listRoutes("acc", id, 1, 50);

        assertThat(server.received.get(0).target())
                .isEqualTo("/client/v4/accounts/acc/ai-gateway/gateways/" + encoded + "/routes?page=1&per_page=50");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void dotSegmentIdsAreRejectedBeforeAnyRequest(String id) {
        DynamicRoutesClient client = TestClients.builder(server.baseUrl(), time).build();

        assertThatThrownBy(() -> client.listRoutes(id, "gw", 1, 50))
                .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() -> client.listRoutes("acc", id))
                .isInstanceOf(dev.dynamicroutes.error.RequestNotSentException.class)
                .hasMessageContaining("gatewayId");
        assertThat(server.received).isEmpty();
    }

    List<String> authHeaderNames() {
        return server.received.get(0).headerLines().stream()
                .map(line -> line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT))
                .filter(name -> name.equals("authorization") || name.startsWith("x-auth-"))
                .toList();
    }

    @Test
    void tokenSendsExactlyOneAuthorizationHeader() {
        TestClients.builder(server.baseUrl(), time).build().listRoutes("acc", "gw", 1, 50);

        assertThat(authHeaderNames()).containsExactly("authorization");
        assertThat(server.received.get(0).headerLines()).contains("Authorization: Bearer " + TOKEN);
    }

    @Test
    void emailAndKeySendExactlyTheTwoKeyHeaders() {
        DynamicRoutesClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey(EMAIL, KEY)
                .build()
                .listRoutes("acc", "gw", 1, 50);

        assertThat(authHeaderNames()).containsExactlyInAnyOrder("x-auth-email", "x-auth-key");
    }

    @Test
    void plainHttpIsRefusedExceptToLoopbackUnlessAllowed() {
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("http://api.example.com/client/v4")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http")
                .hasMessageContaining("allowInsecureHttp");
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("http://10.0.0.8/client/v4")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        // a host name that merely starts like a loopback address is not loopback
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("http://127.0.0.1.evil.example/")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);

        for (String loopback : List.of(
                "http://127.0.0.1:8080/client/v4",
                "http://localhost:8080",
                "http://[::1]:8080/",
                "http://127.1.2.3/")) {
            assertThat(DynamicRoutesClient.builder()
                            .apiToken(TOKEN)
                            .baseUrl(loopback)
                            .build())
                    .isNotNull();
        }
        assertThat(DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("http://api.example.com/client/v4")
                        .allowInsecureHttp(true)
                        .build())
                .isNotNull();
        assertThat(DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("https://api.example.com/client/v4/")
                        .build()
                        .toString())
                .contains("baseUrl=https://api.example.com/client/v4,");
    }

    @Test
    void malformedBaseUrlsAreRefusedWithoutEchoingUserInfo() {
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("https://user:hunter2@api.example.com")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user info")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("ftp://api.example.com")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("https://api.example.com/v4?x=1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .baseUrl("api.example.com")
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DynamicRoutesClient.builder()
                        .apiToken(TOKEN)
                        .environment(java.util.Map.of("CLOUDFLARE_BASE_URL", "http://evil.example")::get)
                        .fromEnv()
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain http");
    }
}
