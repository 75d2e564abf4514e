package dev.dynamicroutes.client;

import dev.dynamicroutes.error.RequestNotSentException;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import dev.dynamicroutes.pagination.RoutesPaginator;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * The client for Cloudflare AI Gateway Dynamic Routes. One instance is thread-safe and meant to be
 * shared; its configuration is fixed at {@link Builder#build()}. Close it when done.
 *
 * <pre>{@code
 * try (DynamicRoutesClient client = DynamicRoutesClient.builder()
 *     .apiToken(System.getenv("CLOUDFLARE_API_TOKEN"))
 *     .build()) {
 *   RoutesPage first = client.listRoutes(accountId, gatewayId, 1, 50);
 *   for (Route route : client.listRoutesPaginator(accountId, gatewayId).routes()) {
 *     System.out.println(route.id() + " " + route.name());
 *   }
 * }
 * }</pre>
 *
 * <p>Every failure is a {@link dev.dynamicroutes.error.DynamicRoutesException}: a typed exception per
 * HTTP status family ({@code dev.dynamicroutes.error}), connection and timeout failures, malformed
 * bodies, and {@link RequestNotSentException} for a call refused before sending. Connection failures,
 * 408, 409, 429 and 5xx are retried (see {@link Builder#maxRetries(int)}). Depend on
 * {@link DynamicRoutesOperations} where a test may substitute the client.
 */
public final class DynamicRoutesClient implements DynamicRoutesOperations {

    /** Cloudflare's API, used when no base URL is configured. */
    static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";
    /** Environment variable holding an API token. */
    static final String ENV_API_TOKEN = "CLOUDFLARE_API_TOKEN";
    /** Environment variable holding the account email (with {@link #ENV_API_KEY}). */
    static final String ENV_EMAIL = "CLOUDFLARE_EMAIL";
    /** Environment variable holding the global API key (with {@link #ENV_EMAIL}). */
    static final String ENV_API_KEY = "CLOUDFLARE_API_KEY";
    /** Environment variable overriding the base URL. */
    static final String ENV_BASE_URL = "CLOUDFLARE_BASE_URL";

    private final Transport transport;
    private final RoutesEndpoint routes;
    private final String summary;
    private volatile boolean closed;

    private DynamicRoutesClient(ClientSettings settings) {
        // one sanitiser per client: it redacts this client's secrets from every server-provided text
        ServerText text = ServerText.redacting(settings.credentials().secrets());
        this.transport = new Transport(settings.transport(), text);
        this.routes = new RoutesEndpoint(settings, transport, text);
        this.summary = settings.summary();
    }

    /** {@return a builder with the defaults: Cloudflare's base URL, 10 s connect, 60 s request timeout, 2 retries} */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RoutesPage listRoutes(String accountId, String gatewayId, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        ensureOpen();
        return routes.list(accountId, gatewayId, null, null, options);
    }

    /**
     * Lists one page of routes.
     *
     * <pre>{@code
     * RoutesPage page = client.listRoutes(accountId, gatewayId, 2, 50, RequestOptions.none());
     * page.routes().forEach(route -> System.out.println(route.name()));
     * String ray = page.cfRay().orElse("-");
     * }</pre>
     */
    @Override
    public RoutesPage listRoutes(String accountId, String gatewayId, int page, int perPage, RequestOptions options) {
        Objects.requireNonNull(options, "options");
        ensureOpen();
        if (page < 1) {
            throw RequestNotSentException.of("page must be at least 1, was " + page);
        }
        if (perPage < 1) {
            throw RequestNotSentException.of("perPage must be at least 1, was " + perPage);
        }
        return routes.list(accountId, gatewayId, page, perPage, options);
    }

    /**
     * All routes of a gateway, page by page; the ids are checked now, so a bad id fails here rather than
     * at the first iteration.
     */
    @Override
    public RoutesPaginator listRoutesPaginator(
            String accountId, String gatewayId, PaginationOptions options, RequestOptions requestOptions) {
        PathSegments.encode("accountId", accountId);
        PathSegments.encode("gatewayId", gatewayId);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(requestOptions, "requestOptions");
        return DynamicRoutesOperations.super.listRoutesPaginator(accountId, gatewayId, options, requestOptions);
    }

    /**
     * Refuses further calls (with {@link RequestNotSentException}) and releases this client's share of
     * the HTTP client. Idempotent. Clients with the same connect timeout, proxy and {@code SSLContext}
     * share one {@link HttpClient}; when the last of them is closed, on Java 21+, that
     * {@code HttpClient} is closed too. A {@code HttpClient} supplied with
     * {@link Builder#httpClient(HttpClient)} is never closed by this client.
     *
     * <pre>{@code
     * try (DynamicRoutesClient client = DynamicRoutesClient.builder().fromEnv().build()) {
     *   client.listRoutes(accountId, gatewayId);
     * }
     * }</pre>
     */
    @Override
    public void close() {
        closed = true;
        transport.close();
    }

    private void ensureOpen() {
        if (closed) {
            throw RequestNotSentException.of("the client is closed");
        }
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
     * <p>The settings, all of them (defaults in brackets):
     * <ul>
     *   <li>Credentials: {@link #apiToken(String)} or {@link #apiKey(String, String)} (one is required),
     *       or {@link #fromEnv()} with {@link #environment(Function)} as the variable source
     *       [{@code System::getenv}].
     *   <li>Endpoint: {@link #baseUrl(String)} [{@code https://api.cloudflare.com/client/v4}],
     *       {@link #allowInsecureHttp(boolean)} [off; loopback {@code http://} is always allowed].
     *   <li>Time: {@link #connectTimeout(Duration)} [10 s], {@link #requestTimeout(Duration)} [60 s per
     *       attempt], {@link #overallTimeout(Duration)} [3 min per call, retries included].
     *   <li>Retries: {@link #maxRetries(int)} [2].
     *   <li>Headers: {@link #defaultHeader(String, String)} [none besides the library's own].
     *   <li>Logging: {@link #logLevel(LogLevel)} [{@link LogLevel#BASIC}].
     *   <li>Compression: {@link #compression(boolean)} [on].
     *   <li>Transport: {@link #httpClient(HttpClient)} [a shared {@code HttpClient} the library manages,
     *       one per connect timeout, proxy and {@code SSLContext}], or instead {@link #proxy(ProxySelector)}
     *       [direct] and {@link #sslContext(SSLContext)} [the JVM default]. {@link DynamicRoutesClient#close()}
     *       releases the shared client, never a supplied one.
     *   <li>Per call, not here: {@link RequestOptions} (extra query parameters and headers, a timeout
     *       for the whole call), passed to each operation.
     * </ul>
     *
     * <pre>{@code
     * DynamicRoutesClient client = DynamicRoutesClient.builder()
     *     .apiKey("ops@example.com", globalApiKey)
     *     .connectTimeout(Duration.ofSeconds(5))
     *     .requestTimeout(Duration.ofSeconds(30))
     *     .maxRetries(4)
     *     .defaultHeader("X-Team", "routing")
     *     .logLevel(LogLevel.BASIC)
     *     .build();
     * }</pre>
     */
    public static final class Builder {

        private @Nullable Credentials credentials;
        private @Nullable String baseUrl;
        private boolean useEnvironment;
        private Function<String, String> environment = System::getenv;
        private boolean allowInsecureHttp;
        private @Nullable Duration connectTimeout;
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration overallTimeout = Duration.ofMinutes(3);
        private int maxRetries = 2;
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private LogLevel logLevel = LogLevel.BASIC;
        private @Nullable HttpClient httpClient;
        private @Nullable SSLContext sslContext;
        private @Nullable ProxySelector proxy;
        private boolean compression = true;
        // test seams (package-private): time, waiting and jitter
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        // test seam: the exchange log's SLF4J logger (null: the logger named RedactingLogger.NAME)
        private org.slf4j.@Nullable Logger httpLog;

        private Builder() {}

        /**
         * Authenticates with an API token ({@code Authorization: Bearer …}); replaces email + key if set.
         *
         * @param token the API token
         * @return this builder
         */
        public Builder apiToken(String token) {
            this.credentials = Credentials.apiToken(token);
            return this;
        }

        /**
         * Authenticates with the account email and global API key ({@code X-Auth-Email}, {@code X-Auth-Key}); replaces a token if set.
         *
         * @param email the account email
         * @param apiKey the global API key
         * @return this builder
         */
        public Builder apiKey(String email, String apiKey) {
            this.credentials = Credentials.emailAndApiKey(email, apiKey);
            return this;
        }

        /**
         * Falls back to the environment for what is not set explicitly: credentials from
         * {@code CLOUDFLARE_API_TOKEN} (preferred), or {@code CLOUDFLARE_EMAIL} + {@code CLOUDFLARE_API_KEY};
         * the base URL from {@code CLOUDFLARE_BASE_URL}.
         *
         * @return this builder
         */
        public Builder fromEnv() {
            this.useEnvironment = true;
            return this;
        }

        /**
         * Where {@link #fromEnv()} reads variables; default {@code System::getenv}. Lets tests and
         * applications supply their own source, e.g. {@code Map.of(...)::get}.
         *
         * @param environment variable name to value, null when unset
         * @return this builder
         */
        public Builder environment(Function<String, String> environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * The API base URL; default {@code https://api.cloudflare.com/client/v4}. Must be https, except to loopback.
         *
         * @param baseUrl the base URL, e.g. {@code https://api.cloudflare.com/client/v4}
         * @return this builder
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            return this;
        }

        /**
         * Allows a plain {@code http://} base URL to a non-loopback host. Off by default: credentials would travel unencrypted.
         *
         * @param allow whether a non-loopback {@code http://} base URL is accepted
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * Time to establish a connection; default 10 s. Not with {@link #httpClient}, which has its own.
         *
         * @param timeout the TCP and TLS connect bound
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            return this;
        }

        /**
         * Time for one attempt to receive the response; default 60 s.
         *
         * @param timeout the bound on one attempt
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /**
         * Bound on a whole call, retries and waits included; default 3 minutes. No attempt or wait runs
         * past it, and an attempt's request timeout is cut to the time left. {@link RequestOptions#timeout()}
         * replaces it for one call.
         *
         * @param timeout the bound on a whole call, retries included
         * @return this builder
         */
        public Builder overallTimeout(Duration timeout) {
            this.overallTimeout = positive("overallTimeout", timeout);
            return this;
        }

        /**
         * Retries after a retryable failure (connection failure, 408, 409, 429, 5xx); default 2, 0 disables.
         *
         * @param maxRetries retries per call, 0 or more
         * @return this builder
         */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /**
         * A header sent with every request. Authentication headers are refused (use {@link #apiToken}
         * or {@link #apiKey}), and so are {@code User-Agent}, which always names this library, and {@code Host}.
         *
         * @param name the header name
         * @param value the header value, sent with every request
         * @return this builder
         */
        public Builder defaultHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            defaultHeaders.put(HeaderRules.check("defaultHeader", name, value), value);
            return this;
        }

        /**
         * How much of each exchange is logged (SLF4J, DEBUG, logger {@code dev.dynamicroutes.client.http}); default {@link LogLevel#BASIC}.
         *
         * @param level how much to log
         * @return this builder
         */
        public Builder logLevel(LogLevel level) {
            this.logLevel = Objects.requireNonNull(level, "level");
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
         *
         * @param httpClient the caller-owned HTTP client
         * @return this builder
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /**
         * Routes requests through a proxy, e.g. {@code ProxySelector.of(new InetSocketAddress("proxy.corp", 3128))}
         * (HTTPS goes through it with {@code CONNECT}). Default: direct connections.
         *
         * @param proxy the proxy selector
         * @return this builder
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
         *
         * @param sslContext the TLS context
         * @return this builder
         */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        /**
         * Asks for compressed responses ({@code Accept-Encoding: gzip, deflate}) and decompresses them
         * while reading, within the request timeout; default on.
         *
         * @param compression whether to ask for compressed responses
         * @return this builder
         */
        public Builder compression(boolean compression) {
            this.compression = compression;
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

        /** Test seam: the SLF4J logger the exchange log writes to, instead of {@value RedactingLogger#NAME}. */
        Builder httpLog(org.slf4j.Logger httpLog) {
            this.httpLog = Objects.requireNonNull(httpLog);
            return this;
        }

        /**
         * Builds the client; its configuration is fixed from here on.
         *
         * @throws IllegalStateException when no credentials are configured, naming what to set
         * @throws IllegalArgumentException when the base URL is not acceptable, or a transport setting
         *     is combined with a supplied {@code HttpClient}
         * @return the client
         */
        public DynamicRoutesClient build() {
            Credentials resolved = credentials != null
                    ? credentials
                    : useEnvironment ? EnvironmentCredentials.read(environment) : null;
            if (resolved == null) {
                throw new IllegalStateException("no credentials: call apiToken(token) or apiKey(email, key) on the"
                        + " builder, or use fromEnv() with " + ENV_API_TOKEN + " set (or " + ENV_EMAIL + " and "
                        + ENV_API_KEY + ")");
            }
            if (httpClient != null) {
                String clash = connectTimeout != null
                        ? "connectTimeout"
                        : sslContext != null ? "sslContext" : proxy != null ? "proxy" : null;
                if (clash != null) {
                    throw new IllegalArgumentException(
                            clash + " cannot be combined with httpClient(...): configure it on that HttpClient");
                }
            }
            String url = baseUrl;
            if (url == null && useEnvironment) {
                url = EnvironmentCredentials.baseUrl(environment);
            }
            String checked = BaseUrl.check(url == null ? DEFAULT_BASE_URL : url, allowInsecureHttp);
            TransportSettings transport = new TransportSettings(
                    connectTimeout != null ? connectTimeout : Duration.ofSeconds(10),
                    httpClient,
                    sslContext,
                    proxy,
                    compression,
                    clock);
            return new DynamicRoutesClient(new ClientSettings(
                    checked,
                    resolved,
                    requestTimeout,
                    overallTimeout,
                    maxRetries,
                    Map.copyOf(defaultHeaders),
                    logLevel,
                    transport,
                    clock,
                    sleeper,
                    random,
                    httpLog));
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
