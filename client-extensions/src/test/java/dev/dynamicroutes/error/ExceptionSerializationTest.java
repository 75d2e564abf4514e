package dev.dynamicroutes.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every fact of an exception survives Java serialisation (none is transient). */
class ExceptionSerializationTest {

    static final RequestDescription REQUEST = RequestDescription.of("GET", "/client/v4/x/routes?page=3&per_page=50", 3);

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aDeserialisedRateLimitExceptionAnswersEveryAccessor() throws Exception {
        ApiResponseException original = ApiResponseException.builder(REQUEST, 429)
                .errors(List.of(ApiError.of(971, "Please wait"), ApiError.of(null, "no code")))
                .cfRay("7a7a-SJC")
                .bodyExcerpt("{\"success\":false}")
                .retryAfter(Duration.ofSeconds(7))
                .build();

        RateLimitException copy = (RateLimitException) roundTrip(original);

        assertThat(copy.statusCode()).isEqualTo(429);
        assertThat(copy.request()).isEqualTo(REQUEST);
        assertThat(copy.request().page()).hasValue(3);
        assertThat(copy.errors()).containsExactly(ApiError.of(971, "Please wait"), ApiError.of(null, "no code"));
        assertThat(copy.errors().get(1).code()).isEmpty();
        assertThat(copy.cfRay()).contains("7a7a-SJC");
        assertThat(copy.bodyExcerpt()).isEqualTo("{\"success\":false}");
        assertThat(copy.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(copy.getMessage()).isEqualTo(original.getMessage());
    }

    @Test
    void invalidResponseConnectionAndPaginationExceptionsSurvive() throws Exception {
        InvalidResponseException invalid =
                roundTrip(ApiResponseException.builder(REQUEST, 200).buildInvalidResponse("empty body", "$.data"));
        ApiTimeoutException timeout = roundTrip(ApiTimeoutException.of(REQUEST, new ConnectException("slow")));
        ApiConnectionException refused = roundTrip(ApiConnectionException.of(REQUEST, new ConnectException("no")));
        PaginationException stopped =
                roundTrip(PaginationException.of(PaginationException.Reason.REPEATED_PAGE, 4, "x"));

        assertThat(invalid.jsonPath()).contains("$.data");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.request().path()).isEqualTo(REQUEST.path());
        assertThat(timeout.request()).isEqualTo(REQUEST);
        assertThat(timeout.getCause()).isInstanceOf(ConnectException.class);
        assertThat(refused).isExactlyInstanceOf(ApiConnectionException.class);
        assertThat(refused.request().method()).isEqualTo("GET");
        assertThat(stopped.reason()).isEqualTo(PaginationException.Reason.REPEATED_PAGE);
        assertThat(stopped.page()).isEqualTo(4);
    }

    @Test
    void theBuilderPicksOneTypePerStatusFamily() {
        assertThat(ApiResponseException.builder(REQUEST, 400).build()).isExactlyInstanceOf(BadRequestException.class);
        assertThat(ApiResponseException.builder(REQUEST, 401).build())
                .isExactlyInstanceOf(AuthenticationException.class);
        assertThat(ApiResponseException.builder(REQUEST, 403).build())
                .isExactlyInstanceOf(PermissionDeniedException.class);
        assertThat(ApiResponseException.builder(REQUEST, 404).build()).isExactlyInstanceOf(NotFoundException.class);
        assertThat(ApiResponseException.builder(REQUEST, 409).build()).isExactlyInstanceOf(ConflictException.class);
        assertThat(ApiResponseException.builder(REQUEST, 422).build())
                .isExactlyInstanceOf(UnprocessableEntityException.class);
        assertThat(ApiResponseException.builder(REQUEST, 503).build()).isExactlyInstanceOf(ServerException.class);
        assertThat(ApiResponseException.builder(REQUEST, 999).build())
                .as("only real 5xx are server errors")
                .isExactlyInstanceOf(ApiResponseException.class);
        assertThat(ApiResponseException.builder(REQUEST, 302).build().getMessage())
                .contains("redirect not followed");
    }
}
