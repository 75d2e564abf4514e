package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.error.ApiConnectionException;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.error.RequestDescription;
import dev.dynamicroutes.generated.api.DynamicRoutesApi;
import dev.dynamicroutes.generated.api.DynamicRoutesApi.ListRoutesQueryParams;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.pagination.RoutesPage;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Feign wiring around the generated {@link DynamicRoutesApi} and the one operation it offers.
 * The generated operation is called in its query-map form ({@link ListRoutesQueryParams}), not with
 * positional query arguments, so an optional query parameter added to the spec changes nothing here;
 * it reaches users through {@link RequestOptions#queryParameters()}.
 */
final class RoutesEndpoint {

    private final DynamicRoutesApi api;
    private final String basePath;
    private final ClientSettings settings;
    private final ServerText text;

    RoutesEndpoint(ClientSettings settings, Transport transport, ServerText text) {
        this.settings = settings;
        this.text = text;
        // BaseUrl.check accepted only hierarchical http(s) URLs, whose raw path is never null (maybe empty)
        this.basePath = URI.create(settings.baseUrl()).getRawPath();
        ObjectMapper mapper = ClientMapper.SHARED;
        Map<String, String> defaultHeaders = settings.defaultHeaders();
        String userAgent = LibraryVersion.userAgent();
        Credentials credentials = settings.credentials();
        this.api = Feign.builder()
                .client(transport.client())
                .contract(new SingleSegmentContract())
                .options(new Request.Options(settings.transport().connectTimeout(), settings.requestTimeout(), false))
                .requestInterceptor(template -> {
                    // defaults first, then this call's headers over them; the rules were checked when each was set
                    defaultHeaders.forEach((name, value) -> {
                        template.removeHeader(name);
                        template.headerLiteral(name, value);
                    });
                    CallDeadline.headers().forEach((name, value) -> {
                        template.removeHeader(name);
                        template.headerLiteral(name, value);
                    });
                    template.removeHeader("User-Agent");
                    template.headerLiteral("User-Agent", userAgent);
                    credentials.applyTo(template);
                })
                .decoder(new ResponseDecoder(mapper, text))
                .errorDecoder(new ApiErrorDecoder(mapper, settings.clock(), text))
                .retryer(new BackoffRetryer(
                        settings.maxRetries(),
                        settings.overallTimeout(),
                        settings.clock(),
                        settings.sleeper(),
                        settings.random()))
                .logger(RedactingLogger.forLevel(settings.logLevel(), text, settings.httpLog()))
                .logLevel(RedactingLogger.feignLevel(settings.logLevel()))
                .target(DynamicRoutesApi.class, settings.baseUrl());
    }

    /** One page; {@code page} and {@code perPage} are both null (server defaults) or both set. */
    RoutesPage list(
            String accountId,
            String gatewayId,
            @Nullable Integer page,
            @Nullable Integer perPage,
            RequestOptions options) {
        String account = PathSegments.encode("accountId", accountId);
        String gateway = PathSegments.encode("gatewayId", gatewayId);
        ListRoutesQueryParams query = new OrderedQueryParams();
        if (page != null) {
            query.page(page).perPage(perPage);
        }
        // the query map is sent as given (encoded=true): names and values are encoded here
        options.queryParameters()
                .forEach((name, value) ->
                        query.put(PathSegments.percentEncode(name), PathSegments.percentEncode(value)));
        RequestDescription request = RequestDescription.of("GET", requestPath(account, gateway, query), page);
        Instant deadline = settings.clock().instant().plus(options.timeout().orElse(settings.overallTimeout()));
        ApiResponse<ListRoutesResponseDto> response;
        try {
            response = CallDeadline.runWithin(
                    deadline, options.headers(), () -> api.listRoutesWithHttpInfo(account, gateway, query));
        } catch (FeignException e) {
            // Feign wraps what the decoder throws; our typed exception is the cause
            if (e.getCause() instanceof DynamicRoutesException) {
                throw (DynamicRoutesException) e.getCause();
            }
            // anything else Feign reports means no usable exchange took place; its message may quote
            // the server, so only the cleaned text reaches ours
            throw ApiConnectionException.of(
                    request, new IOException(text.cleanIfPresent(e.getMessage(), Exchanges.EXCERPT_CHARS), e));
        } catch (DynamicRoutesException e) {
            throw e;
        } catch (RuntimeException e) {
            // nothing a call throws is outside DynamicRoutesException
            throw ApiConnectionException.of(
                    request, new IOException(text.clean(String.valueOf(e), Exchanges.EXCERPT_CHARS), e));
        }
        return PageMapper.toPage(response, page, perPage, text);
    }

    /** Path and query as sent, in the order sent. */
    private String requestPath(String account, String gateway, ListRoutesQueryParams query) {
        StringBuilder path = new StringBuilder(basePath)
                .append("/accounts/")
                .append(account)
                .append("/ai-gateway/gateways/")
                .append(gateway)
                .append("/routes");
        char separator = '?';
        for (Map.Entry<String, Object> e : query.entrySet()) {
            path.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = '&';
        }
        return path.toString();
    }

    /**
     * The generated query map is a {@code HashMap}, so Feign would send the parameters in hash order;
     * this handwritten subclass keeps them in the order they were put ({@code page}, {@code per_page},
     * then the caller's), so URLs are stable and read as the request line does. Feign iterates
     * {@code entrySet()}.
     */
    static final class OrderedQueryParams extends ListRoutesQueryParams {
        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, Object> ordered = new LinkedHashMap<>();

        @Override
        public Object put(String key, Object value) {
            ordered.put(key, value);
            return super.put(key, value);
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return Collections.unmodifiableMap(ordered).entrySet();
        }
    }
}
