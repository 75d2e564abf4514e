package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The peer benchmark's plain Java baseline: the loop a user could write without this library.
 * {@code java.net.http} over HTTP/1.1 and Jackson's {@code readTree}: no typed models, no validation,
 * no retries; stop on a short page. It sends what the real API needs (the bearer token) and nothing
 * else, so it does not ask for gzip (the JDK client cannot decompress by itself).
 *
 * <pre>{@code
 * PlainJavaCalls plain = PlainJavaCalls.connect("http://127.0.0.1:40123/client/v4");
 * PeerCounts counts = plain.walkAll(50);
 * }</pre>
 */
final class PlainJavaCalls {

    private final HttpClient http;
    private final ObjectMapper mapper;
    private final String routesUrl;

    private PlainJavaCalls(String baseUrl) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        this.mapper = new ObjectMapper();
        this.routesUrl =
                baseUrl + "/accounts/" + RoutePages.ACCOUNT + "/ai-gateway/gateways/" + RoutePages.GATEWAY + "/routes";
    }

    static PlainJavaCalls connect(String baseUrl) {
        return new PlainJavaCalls(baseUrl);
    }

    PeerCounts walkAll(int perPage) throws IOException, InterruptedException {
        long routes = 0;
        long elements = 0;
        for (int page = 1; ; page++) {
            JsonNode onPage = get(page, perPage).path("data").path("routes");
            for (JsonNode route : onPage) {
                routes++;
                elements += route.path("elements").size();
            }
            if (onPage.size() < perPage) {
                return new PeerCounts(routes, elements);
            }
        }
    }

    PeerCounts fetchPage(int page, int perPage) throws IOException, InterruptedException {
        JsonNode onPage = get(page, perPage).path("data").path("routes");
        long elements = 0;
        for (JsonNode route : onPage) {
            elements += route.path("elements").size();
        }
        return new PeerCounts(onPage.size(), elements);
    }

    private JsonNode get(int page, int perPage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(routesUrl + "?page=" + page + "&per_page=" + perPage))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer benchmark-token")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("page " + page + ": HTTP " + response.statusCode());
        }
        return mapper.readTree(response.body());
    }
}
