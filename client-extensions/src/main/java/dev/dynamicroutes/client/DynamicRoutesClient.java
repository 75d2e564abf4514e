package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteJson;
import dev.dynamicroutes.error.DynamicRoutesException;
import dev.dynamicroutes.error.InvalidResponseException;
import dev.dynamicroutes.error.ResponseDetails;
import dev.dynamicroutes.error.RouteDecodeException;
import dev.dynamicroutes.generated.api.DynamicRoutesApi;
import dev.dynamicroutes.generated.model.ApiResponse;
import dev.dynamicroutes.generated.model.ListRoutesResponseDto;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.pagination.RoutesPaginator;
import feign.Feign;
import feign.FeignException;
import feign.Logger;
import feign.Request;
import java.math.BigDecimal;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * The client for Cloudflare AI Gateway Dynamic Routes. One instance is thread-safe and meant to be
 * shared; its configuration is fixed at {@link Builder#build()}.
 *
 * <pre>{@code
 * DynamicRoutesClient client = DynamicRoutesClient.builder()
 *     .apiToken(System.getenv("CLOUDFLARE_API_TOKEN"))
 *     .build();
 * RoutesPage first = client.listRoutes(accountId, gatewayId, 1, 50);
 * for (Route route : client.listRoutesPaginator(accountId, gatewayId).routes()) {
 *   System.out.println(route.id() + " " + route.name());
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link DynamicRoutesException}: a typed exception per HTTP status family
 * ({@code dev.dynamicroutes.error}), connection and timeout failures, malformed bodies. Connection
 * failures, 408, 409, 429 and 5xx are retried (see {@link Builder#maxRetries(int)}).
 */
public final class DynamicRoutesClient implements AutoCloseable {

    /** Cloudflare's API, used when no base URL is configured. */
    public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
    /** Environment variable holding an API token. */
    public static final String ENV_API_TOKEN = "CLOUDFLARE_API_TOKEN";
    /** Environment variable holding the account email (with {@link #ENV_API_KEY}). */
    public static final String ENV_EMAIL = "CLOUDFLARE_EMAIL";
    /** Environment variable holding the global API key (with {@link #ENV_EMAIL}). */
    public static final String ENV_API_KEY = "CLOUDFLARE_API_KEY";
    /** Environment variable overriding the base URL. */
    public static final String ENV_BASE_URL = "CLOUDFLARE_BASE_URL";

    private final DynamicRoutesApi api;
    private final String basePath;
    private final Duration overallTimeout;
    private final Clock clock;
    private final String summary;
    private final TransportLease transport;
    private final ServerText serverText;

    private DynamicRoutesClient(Builder b, Credentials credentials, String baseUrl) {
        String rawPath = URI.create(baseUrl).getRawPath();
        this.basePath = rawPath == null ? "" : rawPath;
        this.overallTimeout = b.overallTimeout;
        this.clock = b.clock;

        ObjectMapper mapper = RouteJson.newObjectMapper();
        if (b.objectMapperCustomizer != null) {
            b.objectMapperCustomizer.accept(mapper);
        }
        ServerText serverText = ServerText.redacting(credentials.secrets());
        this.transport = TransportLease.acquire(b.httpClient, b.connectTimeout, b.proxy, b.sslContext);
        Map<String, String> headers = Map.copyOf(b.defaultHeaders);
        String userAgent = LibraryVersion.userAgent();
        this.api = Feign.builder()
                .client(new DeadlineClient(
                        new HttpTransport(transport.httpClient(), b.compression, serverText), b.clock))
                .contract(new SingleSegmentContract())
                .options(new Request.Options(b.connectTimeout, b.requestTimeout, false))
                .requestInterceptor(template -> {
                    headers.forEach((name, value) -> {
                        template.removeHeader(name);
                        template.headerLiteral(name, value);
                    });
                    template.removeHeader("User-Agent");
                    template.headerLiteral("User-Agent", userAgent);
                    credentials.applyTo(template);
                })
                .decoder(new ResponseDecoder(mapper, serverText))
                .errorDecoder(new ApiErrorDecoder(mapper, b.clock, serverText))
                .retryer(new BackoffRetryer(b.maxRetries, b.overallTimeout, b.clock, b.sleeper, b.random))
                .logger(new RedactingLogger(serverText))
                .logLevel(b.logLevel)
                .target(DynamicRoutesApi.class, baseUrl);
        this.serverText = serverText;
        this.summary = "DynamicRoutesClient{baseUrl=" + baseUrl + ", auth=" + credentials.scheme()
                + ", connectTimeout=" + (b.httpClient != null ? "of the supplied HttpClient" : b.connectTimeout)
                + ", requestTimeout=" + b.requestTimeout
                + ", overallTimeout=" + b.overallTimeout + ", maxRetries=" + b.maxRetries
                + ", compression=" + b.compression + '}';
    }

    /** A builder with the defaults: Cloudflare's base URL, 10 s connect, 60 s request timeout, 2 retries. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment: {@code CLOUDFLARE_API_TOKEN}, or
     * {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY}, and optionally {@code CLOUDFLARE_BASE_URL}.
     *
     * <pre>{@code
     * DynamicRoutesClient client = DynamicRoutesClient.fromEnv();
     * }</pre>
     *
     * @throws IllegalStateException naming the variables to set when none are
     */
    public static DynamicRoutesClient fromEnv() {
        return builder().fromEnv().build();
    }

    /**
     * Lists one page of routes, with the server's default page and page size.
     *
     * @throws IllegalArgumentException when an id is null, blank, "." or ".." (nothing is sent)
     * @throws DynamicRoutesException for every failure, typed by cause
     */
    public RoutesPage listRoutes(String accountId, String gatewayId) {
        return fetch(accountId, gatewayId, null, null);
    }

    /**
     * Lists one page of routes.
     *
     * <pre>{@code
     * RoutesPage page = client.listRoutes(accountId, gatewayId, 2, 50);
     * page.routes().forEach(route -> System.out.println(route.name()));
     * String ray = page.cfRay().orElse("-");
     * }</pre>
     *
     * @param page 1-based page number, at least 1
     * @param perPage routes per page, at least 1
     * @throws IllegalArgumentException when an id is null, blank, "." or "..", or page/perPage below 1 (nothing is sent)
     * @throws DynamicRoutesException for every failure, typed by cause
     */
    public RoutesPage listRoutes(String accountId, String gatewayId, int page, int perPage) {
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + page);
        }
        if (perPage < 1) {
            throw new IllegalArgumentException("perPage must be at least 1, was " + perPage);
        }
        return fetch(accountId, gatewayId, page, perPage);
    }

    /**
     * All routes of a gateway, page by page, with {@link PaginationOptions#defaults()} (50 per page).
     * Nothing is requested until iteration starts.
     *
     * <pre>{@code
     * for (Route route : client.listRoutesPaginator(accountId, gatewayId).routes()) {
     *   System.out.println(route.id());
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException when an id is null, blank, "." or ".."
     */
    public RoutesPaginator listRoutesPaginator(String accountId, String gatewayId) {
        return listRoutesPaginator(accountId, gatewayId, PaginationOptions.defaults());
    }

    /**
     * All routes of a gateway, page by page, with the given page size and page limit.
     *
     * @throws IllegalArgumentException when an id is null, blank, "." or ".."
     */
    public RoutesPaginator listRoutesPaginator(String accountId, String gatewayId, PaginationOptions options) {
        // checked now, so a bad id fails where the paginator is created, not at first iteration
        PathSegments.encode("accountId", accountId);
        PathSegments.encode("gatewayId", gatewayId);
        Objects.requireNonNull(options, "options");
        return RoutesPaginator.of((page, perPage) -> listRoutes(accountId, gatewayId, page, perPage), options);
    }

    private RoutesPage fetch(String accountId, String gatewayId, Integer page, Integer perPage) {
        String account = PathSegments.encode("accountId", accountId);
        String gateway = PathSegments.encode("gatewayId", gatewayId);
        transport.checkOpen();
        ApiResponse<ListRoutesResponseDto> response;
        try {
            response = CallDeadline.runWithin(
                    clock.instant().plus(overallTimeout),
                    () -> api.listRoutesWithHttpInfo(account, gateway, page, perPage));
        } catch (FeignException e) {
            // Feign wraps what the decoder throws; our typed exception is the cause
            if (e.getCause() instanceof DynamicRoutesException) {
                throw (DynamicRoutesException) e.getCause();
            }
            throw new DynamicRoutesException(
                    "GET " + requestPath(account, gateway, page, perPage) + " failed: "
                            + serverText.clean(e.getMessage(), Exchanges.EXCERPT_CHARS),
                    e);
        } catch (DynamicRoutesException e) {
            throw e;
        } catch (RuntimeException e) {
            // nothing a call throws is outside DynamicRoutesException
            throw new DynamicRoutesException(
                    "GET " + requestPath(account, gateway, page, perPage) + " failed: " + e, e);
        }
        return toPage(response, account, gateway, page, perPage);
    }

    private RoutesPage toPage(
            ApiResponse<ListRoutesResponseDto> response,
            String account,
            String gateway,
            Integer page,
            Integer perPage) {
        String cfRay = serverText.clean(Exchanges.header(response.getHeaders(), "cf-ray"), Exchanges.MAX_CF_RAY_CHARS);
        dev.dynamicroutes.generated.model.RoutesPageDto data =
                response.getData().getData();
        List<dev.dynamicroutes.generated.model.RouteDto> wire = data.getRoutes();
        List<Route> routes = new ArrayList<>(wire.size());
        for (int i = 0; i < wire.size(); i++) {
            try {
                routes.add(Route.fromWire(wire.get(i), i));
            } catch (RouteDecodeException e) {
                ResponseDetails details = new ResponseDetails(
                        response.getStatusCode(),
                        List.of(),
                        cfRay,
                        "GET",
                        requestPath(account, gateway, page, perPage),
                        page,
                        "");
                throw new InvalidResponseException(
                        details,
                        "route could not be decoded: " + serverText.clean(e.getMessage(), Exchanges.EXCERPT_CHARS),
                        serverText.clean(jsonPath(e), Exchanges.EXCERPT_CHARS),
                        e);
            }
        }
        int echoedPage = positiveInt(data.getPage());
        int echoedPerPage = positiveInt(data.getPerPage());
        return new RoutesPage(
                routes,
                echoedPage > 0 ? echoedPage : (page != null ? page : 1),
                echoedPerPage > 0 ? echoedPerPage : (perPage != null ? perPage : routes.size()),
                data.getOrderBy(),
                data.getOrderByDirection(),
                cfRay);
    }

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
    private static int positiveInt(BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    private String requestPath(String account, String gateway, Integer page, Integer perPage) {
        StringBuilder path = new StringBuilder(basePath)
                .append("/accounts/")
                .append(account)
                .append("/ai-gateway/gateways/")
                .append(gateway)
                .append("/routes");
        if (page != null) {
            path.append("?page=").append(page).append("&per_page=").append(perPage);
        }
        return path.toString();
    }

    /**
     * Releases this client's share of the HTTP client; calls made afterwards fail with a
     * {@link DynamicRoutesException}. Idempotent. Clients with the same connect timeout, proxy and
     * {@code SSLContext} share one {@link HttpClient}; when the last of them is closed, on Java 21+,
     * that {@code HttpClient} is closed too. A {@code HttpClient} supplied with
     * {@link Builder#httpClient(HttpClient)} is never closed by this client.
     *
     * <pre>{@code
     * try (DynamicRoutesClient client = DynamicRoutesClient.fromEnv()) {
     *   client.listRoutes(accountId, gatewayId);
     * }
     * }</pre>
     */
    @Override
    public void close() {
        transport.close();
    }

    /** The base URL, the auth scheme (never the secrets) and the timeouts. */
    @Override
    public String toString() {
        return summary;
    }

    /**
     * Configures a {@link DynamicRoutesClient}. Credentials set here win over the environment; the
     * environment is read only when {@link #fromEnv()} is called. Not thread-safe; the built client is.
     *
     * <pre>{@code
     * DynamicRoutesClient client = DynamicRoutesClient.builder()
     *     .apiKey("ops@example.com", globalApiKey)
     *     .connectTimeout(Duration.ofSeconds(5))
     *     .requestTimeout(Duration.ofSeconds(30))
     *     .maxRetries(4)
     *     .defaultHeader("X-Team", "routing")
     *     .build();
     * }</pre>
     */
    public static final class Builder {

        private Credentials credentials;
        private String baseUrl;
        private boolean useEnvironment;
        private Function<String, String> environment = System::getenv;
        private boolean allowInsecureHttp;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration overallTimeout = Duration.ofMinutes(3);
        private int maxRetries = 2;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private Logger.Level logLevel = Logger.Level.BASIC;
        private Consumer<ObjectMapper> objectMapperCustomizer;
        private HttpClient httpClient;
        private boolean connectTimeoutSet;
        private ProxySelector proxy;
        private SSLContext sslContext;
        private boolean compression = true;
        // test seams (package-private): time, waiting and jitter
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** Authenticates with an API token ({@code Authorization: Bearer …}); replaces email + key if set. */
        public Builder apiToken(String token) {
            this.credentials = Credentials.apiToken(token);
            return this;
        }

        /** Authenticates with the account email and global API key ({@code X-Auth-Email}, {@code X-Auth-Key}); replaces a token if set. */
        public Builder apiKey(String email, String apiKey) {
            this.credentials = Credentials.emailAndApiKey(email, apiKey);
            return this;
        }

        /**
         * Falls back to the environment for what is not set explicitly: credentials from
         * {@code CLOUDFLARE_API_TOKEN} (preferred), or {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY};
         * the base URL from {@code CLOUDFLARE_BASE_URL}.
         */
        public Builder fromEnv() {
            this.useEnvironment = true;
            return this;
        }

        /**
         * Where {@link #fromEnv()} reads variables; default {@code System::getenv}. Lets tests and
         * applications supply their own source, e.g. {@code Map.of(...)::get}.
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** The API base URL; default {@value DynamicRoutesClient#DEFAULT_BASE_URL}. Must be https, except to loopback. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /** Allows a plain {@code http://} base URL to a non-loopback host. Off by default: credentials would travel unencrypted. */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /** Time to establish a connection; default 10 s. Not combinable with {@link #httpClient(HttpClient)}. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            this.connectTimeoutSet = true;
            return this;
        }

        /**
         * Sends requests through this {@link HttpClient} instead of the shared one the library manages.
         * The caller owns it: {@link DynamicRoutesClient#close()} never closes it. Its own settings
         * (connect timeout, proxy, SSL context, executor) apply, so {@link #connectTimeout},
         * {@link #proxy} and {@link #sslContext} are refused together with it. It must not follow
         * redirects (credentials would travel to the redirect target).
         *
         * <pre>{@code
         * HttpClient http = HttpClient.newBuilder().executor(myExecutor).build();
         * DynamicRoutesClient client = DynamicRoutesClient.builder().apiToken(token).httpClient(http).build();
         * }</pre>
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Routes requests through a proxy, e.g. {@code ProxySelector.of(new InetSocketAddress("proxy.corp", 3128))}
         * (HTTPS goes through it with {@code CONNECT}). Default: direct connections.
         */
        public Builder proxy(ProxySelector proxy) {
            this.proxy = Objects.requireNonNull(proxy, "proxy");
            return this;
        }

        /**
         * The TLS context, e.g. one trusting a corporate root certificate from a trust store. Default:
         * the JVM's default context. Hostname verification stays on.
         *
         * <pre>{@code
         * KeyStore trust = KeyStore.getInstance(Path.of("corp-truststore.p12").toFile(), password);
         * TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
         * tmf.init(trust);
         * SSLContext tls = SSLContext.getInstance("TLS");
         * tls.init(null, tmf.getTrustManagers(), null);
         * builder.sslContext(tls);
         * }</pre>
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Asks for compressed responses ({@code Accept-Encoding: gzip, deflate}) and decompresses them
         * while reading, within the request timeout; default on.
         */
        public Builder compression(boolean compression) {
            this.compression = compression;
            return this;
        }

        /** Time for one attempt to receive the response; default 60 s. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /**
         * Bound on a whole call, retries and waits included; default 3 minutes. No attempt or wait runs
         * past it, and an attempt's request timeout is cut to the time left.
         */
        public Builder overallTimeout(Duration timeout) {
            this.overallTimeout = positive("overallTimeout", timeout);
            return this;
        }

        /** Retries after a retryable failure (connection failure, 408, 409, 429, 5xx); default 2, 0 disables. */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * A header sent with every request. Authentication headers are refused (use {@link #apiToken}
         * or {@link #apiKey}), and so is {@code User-Agent}, which always names this library.
         */
        public Builder defaultHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!name.matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new IllegalArgumentException("not a valid header name: " + name);
            }
            if (Credentials.isAuthHeader(name)) {
                throw new IllegalArgumentException(
                        name + " cannot be a default header: use apiToken(...) or apiKey(...)");
            }
            if (name.equalsIgnoreCase("User-Agent") || name.equalsIgnoreCase("Host")) {
                throw new IllegalArgumentException(name + " cannot be a default header");
            }
            Settings.headerValue(name, value);
            defaultHeaders.put(name.toLowerCase(Locale.ROOT), value);
            return this;
        }

        /**
         * Feign's log level for the HTTP exchange, logged through SLF4J at DEBUG under
         * {@code dev.dynamicroutes.client.http}; default {@code BASIC}. Authentication headers are never
         * logged, at any level.
         */
        public Builder logLevel(Logger.Level level) {
            this.logLevel = Objects.requireNonNull(level, "level");
            return this;
        }

        /**
         * Adjusts the Jackson {@link ObjectMapper} after the library has configured it for the routes
         * response (e.g. to register a module). Must not undo that configuration.
         */
        public Builder customizeObjectMapper(Consumer<ObjectMapper> customizer) {
            this.objectMapperCustomizer = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** Test seam: the clock for deadlines and HTTP-date {@code Retry-After}. */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Test seam: how retries wait. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        /** Test seam: the jitter source, values in [0, 1). */
        Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /**
         * @throws IllegalStateException when no credentials are configured, naming what to set
         * @throws IllegalArgumentException when the base URL is not acceptable
         */
        public DynamicRoutesClient build() {
            Credentials resolved = credentials != null ? credentials : useEnvironment ? fromEnvironment() : null;
            if (resolved == null) {
                throw new IllegalStateException("no credentials: call apiToken(token) or apiKey(email, key) on the"
                        + " builder, or use fromEnv() with " + ENV_API_TOKEN + " set (or " + ENV_EMAIL + " and "
                        + ENV_API_KEY + ")");
            }
            String url = baseUrl;
            if (url == null && useEnvironment) {
                String fromEnv = environment.apply(ENV_BASE_URL);
                url = fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
            }
            String checked = BaseUrl.check(url == null ? DEFAULT_BASE_URL : url, allowInsecureHttp);
            if (httpClient != null && (connectTimeoutSet || proxy != null || sslContext != null)) {
                throw new IllegalArgumentException("httpClient(...) cannot be combined with "
                        + (connectTimeoutSet ? "connectTimeout(...)" : proxy != null ? "proxy(...)" : "sslContext(...)")
                        + ": the supplied HttpClient's own settings apply; configure them on it");
            }
            return new DynamicRoutesClient(this, resolved, checked);
        }

        private Credentials fromEnvironment() {
            String token = environment.apply(ENV_API_TOKEN);
            if (token != null && !token.isBlank()) {
                return Credentials.apiToken(token.strip());
            }
            String email = environment.apply(ENV_EMAIL);
            String key = environment.apply(ENV_API_KEY);
            boolean hasEmail = email != null && !email.isBlank();
            boolean hasKey = key != null && !key.isBlank();
            if (hasEmail && hasKey) {
                return Credentials.emailAndApiKey(email.strip(), key.strip());
            }
            if (hasEmail || hasKey) {
                throw new IllegalStateException("incomplete credentials in the environment: " + ENV_EMAIL + " and "
                        + ENV_API_KEY + " must both be set (" + (hasEmail ? ENV_API_KEY : ENV_EMAIL) + " is missing),"
                        + " or set " + ENV_API_TOKEN);
            }
            throw new IllegalStateException("no credentials in the environment: set " + ENV_API_TOKEN + ", or "
                    + ENV_EMAIL + " and " + ENV_API_KEY + " (or call apiToken(...) / apiKey(...) on the builder)");
        }

        private static Duration positive(String what, Duration d) {
            return Settings.timeout(what, d);
        }

        /** The settings, never the secrets. */
        @Override
        public String toString() {
            return "DynamicRoutesClient.Builder{auth=" + (credentials == null ? "unset" : credentials.scheme())
                    + ", baseUrl=" + baseUrl + ", fromEnv=" + useEnvironment + '}';
        }
    }
}
