package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.generated.model.ApiResponse;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shapes of a Feign {@link Response} that Feign's API allows but this client's transport never
 * produces (it always hands over a body stream): a response without a body, and a body whose stream
 * cannot even be opened. The decoder and the exception helpers still give a typed answer for each,
 * never a {@link NullPointerException}. Also what the helpers make of a request URL that is no URI
 * and of a body that is no JSON.
 */
class FeignResponseShapesTest {

    private static final String URL = "http://127.0.0.1:1/client/v4/accounts/a/ai-gateway/gateways/g/routes?page=2";

    private final ResponseDecoder decoder = new ResponseDecoder(ClientMapper.SHARED, ServerText.NO_SECRETS);

    @Test
    void aResponseWithoutBodyIsAnEmptyBody() throws IOException {
        Response bodiless = response().build();

        Throwable thrown = catchThrowable(() -> decoder.decode(bodiless, ApiResponse.class));

        assertThat(thrown).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.getMessage()).contains("HTTP 200, empty body");
            assertThat(e.bodyExcerpt()).isEmpty();
            assertThat(e.jsonPath()).isEmpty();
        });
        assertThat(Exchanges.readBody(bodiless, 10)).isEmpty();
    }

    @Test
    void aBodyThatCannotBeOpenedIsAnUnreadableBodyNotARetry() {
        Response unopenable = response().body(new UnopenableBody()).build();

        Throwable thrown = catchThrowable(() -> decoder.decode(unopenable, ApiResponse.class));

        assertThat(thrown).isInstanceOfSatisfying(InvalidResponseException.class, e -> {
            assertThat(e.getMessage()).contains("HTTP 200, unreadable body: stream refused");
            assertThat(e.bodyExcerpt()).isEmpty();
            assertThat(e.getCause()).isInstanceOf(IOException.class).hasMessage("stream refused");
        });
    }

    @Test
    void aRequestUrlThatIsNoUriIsDescribedAsSent() {
        Request request = Request.create(
                Request.HttpMethod.GET, "http://h/a b?page=3", Map.of(), null, StandardCharsets.UTF_8, null);

        assertThat(Exchanges.pathOf(request)).isEqualTo("http://h/a b?page=3");
        assertThat(Exchanges.requestOf(request).page()).isEmpty();
        assertThat(Exchanges.requestOf(request(URL)).path())
                .isEqualTo("/client/v4/accounts/a/ai-gateway/gateways/g/routes?page=2");
    }

    @Test
    void onlyABodyThatIsJsonParses() {
        List<String> table = List.of("", "not json", "{\"errors\":[]}", "[1]").stream()
                .map(body -> "'" + body + "' -> "
                        + Exchanges.tryParse(ClientMapper.SHARED, body.getBytes(StandardCharsets.UTF_8)))
                .toList();

        assertThat(table)
                .containsExactly(
                        "'' -> null", "'not json' -> null", "'{\"errors\":[]}' -> {\"errors\":[]}", "'[1]' -> [1]");
    }

    @Test
    void headersAreFoundByAnyCaseOfTheirNameAndAnEmptyValueListIsNoValue() {
        Map<String, Collection<String>> headers = Map.of("Content-Type", List.of("text/html"), "cf-ray", List.of());

        assertThat(Exchanges.header(headers, "content-type")).isEqualTo("text/html");
        assertThat(Exchanges.header(headers, "CF-RAY")).isNull();
        assertThat(Exchanges.header(headers, "retry-after")).isNull();
    }

    private static Response.Builder response() {
        return Response.builder().status(200).reason("").headers(Map.of()).request(request(URL));
    }

    private static Request request(String url) {
        return Request.create(Request.HttpMethod.GET, url, Map.of(), null, StandardCharsets.UTF_8, null);
    }

    /** A body whose stream fails to open, as a custom Feign client's might. */
    private static final class UnopenableBody implements Response.Body {
        @Override
        public Integer length() {
            return 10;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream asInputStream() throws IOException {
            throw new IOException("stream refused");
        }

        @Override
        public Reader asReader(Charset charset) throws IOException {
            throw new IOException("stream refused");
        }

        @Override
        public void close() {}
    }
}
