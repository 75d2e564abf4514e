package dev.dynamicroutes.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Feign's HTTP client, over {@code java.net.http}. Feign stays the interface layer; this class owns
 * the exchange so that no part of it outlives the attempt's time (the request timeout, already cut
 * to what is left of the call's overall deadline by {@link DeadlineClient}):
 *
 * <ul>
 *   <li>waiting for the response headers is bounded by the attempt's time ({@code java.net.http}'s
 *       request timeout, which covers connecting, sending and the headers), and an interrupt ends the
 *       wait at once ({@link CallInterruptedException}, the interrupt flag set again);
 *   <li>every byte of the body, compressed or not, is read under the same time ({@link DeadlineBody}),
 *       and decompression ({@link ContentDecoding}) starts on the first read, inside that bound;
 *   <li>plain {@code http://} is always HTTP/1.1 (production uses HTTP/2 over TLS only; the h2c upgrade
 *       adds a protocol switch nothing needs);
 *   <li>a GET carries no body and no {@code Content-Length};
 *   <li>compressed responses are asked for ({@code Accept-Encoding: gzip, deflate}) unless turned off.
 * </ul>
 *
 * Failures before a response name the host, port and cause ("connection refused", "unknown host")
 * and the attempt number.
 */
final class HttpTransport implements Client {

    /** Headers java.net.http sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED =
            Set.of("connection", "content-length", "expect", "host", "upgrade", "transfer-encoding");

    private final HttpClient http;
    private final boolean compression;
    private final ServerText text;

    HttpTransport(HttpClient http, boolean compression, ServerText text) {
        this.http = http;
        this.compression = compression;
        this.text = text;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        long started = System.nanoTime();
        long timeoutMillis = Math.max(1, options.readTimeoutUnit().toMillis(options.readTimeout()));
        URI uri = URI.create(request.url());
        int attempt = CallDeadline.attempt();
        HttpRequest httpRequest = toHttpRequest(request, uri, timeoutMillis);

        if (Thread.currentThread().isInterrupted()) {
            throw new CallInterruptedException("starting the request", null);
        }
        long deadlineNanos = started + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        String where = hostPort(uri) + " (attempt " + attempt + ")";
        // the body, once the headers are in: a response is built from it when the body breaks before
        // java.net.http returns the response
        AtomicReference<@Nullable DeadlineBody> headersIn = new AtomicReference<>();
        DeadlineBody body;
        try {
            // send, not sendAsync: sendAsync starts the exchange on the client's executor and completes
            // its future through it, two thread hand-overs more per request (measured: a loopback
            // request's latency doubled); the wait for the headers is bounded by the request's timeout
            body = http.send(httpRequest, info -> {
                        DeadlineBody created = new DeadlineBody(info, deadlineNanos, timeoutMillis, where, text);
                        headersIn.set(created);
                        return created;
                    })
                    .body();
        } catch (InterruptedException e) {
            // send has cancelled the exchange; a body already begun is stopped too
            DeadlineBody begun = headersIn.get();
            if (begun != null) {
                begun.close();
            }
            Thread.currentThread().interrupt();
            throw new CallInterruptedException("waiting for the response from " + hostPort(uri), e);
        } catch (IOException e) {
            body = headersIn.get();
            if (body == null) {
                throw describe(e, uri, timeoutMillis, attempt, text);
            }
            // the headers came and the body broke at once: reading it reports the break
            body.onError(e);
        }
        return toResponse(request, body);
    }

    private static Response toResponse(Request request, DeadlineBody deadlineBody) {
        HttpResponse.ResponseInfo info = deadlineBody.info();
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        info.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(name, values);
            }
        });
        List<String> codings = ContentDecoding.codings(
                info.headers().firstValue("content-encoding").orElse(""));
        InputStream body = deadlineBody;
        Integer length = null;
        if (codings.isEmpty()) {
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            length = declared >= 0 && declared <= Integer.MAX_VALUE ? (int) declared : null;
        } else {
            // the declared length is of the compressed bytes, not of what the decoder reads
            body = ContentDecoding.decode(body, codings);
        }
        return Response.builder()
                .status(info.statusCode())
                .reason("")
                .headers(headers)
                .body(body, length)
                .request(request)
                .protocolVersion(
                        info.version() == HttpClient.Version.HTTP_2
                                ? Request.ProtocolVersion.HTTP_2
                                : Request.ProtocolVersion.HTTP_1_1)
                .build();
    }

    private HttpRequest toHttpRequest(Request request, URI uri, long timeoutMillis) throws IOException {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(timeoutMillis));
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot send a request to " + request.url() + ": " + e.getMessage(), e);
        }
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        boolean acceptEncodingSet = false;
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            String lower = name.toLowerCase(Locale.ROOT);
            if (RESTRICTED.contains(lower)) {
                continue;
            }
            acceptEncodingSet |= lower.equals("accept-encoding");
            for (String value : header.getValue()) {
                builder.header(name, value);
            }
        }
        if (compression && !acceptEncodingSet) {
            builder.header("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        }
        byte[] content = request.body();
        String method = request.httpMethod().name();
        if (method.equals("GET") && (content == null || content.length == 0)) {
            builder.GET(); // no body, so no Content-Length: 0
        } else {
            builder.method(
                    method,
                    content == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(content));
        }
        return builder.build();
    }

    /**
     * The failure, with a message naming host, port, cause and attempt, keeping the type that decides
     * how it is reported (a timeout stays an {@link HttpTimeoutException}). The JDK's messages may quote
     * what the server sent (e.g. an invalid header line), so they are cleaned, and such a failure does
     * not keep the JDK's exception as its cause.
     */
    static IOException describe(IOException e, URI uri, long timeoutMillis, int attempt, ServerText text) {
        String where = hostPort(uri);
        String suffix = " (attempt " + attempt + ")";
        IOException described;
        if (e instanceof HttpConnectTimeoutException) {
            described = new HttpConnectTimeoutException(
                    "could not connect to " + where + " within the connect timeout" + suffix);
        } else if (e instanceof HttpTimeoutException || e instanceof SocketTimeoutException) {
            // a socket timeout (from a supplied HttpClient) is a request timeout too: it is reported as one
            described =
                    new HttpTimeoutException("no response from " + where + " within " + timeoutMillis + " ms" + suffix);
        } else if (isUnknownHost(e)) {
            described = new ConnectException("unknown host " + uri.getHost() + suffix);
        } else if (e instanceof ConnectException) {
            described = new ConnectException("connection refused by " + where + suffix);
        } else if (e instanceof SSLException) {
            described = new SSLException("TLS with " + where + " failed: " + clean(e, text) + suffix);
        } else if (e instanceof ProtocolException || isHeaderLimit(e)) {
            return new ResponseHeaderProblem(
                    "the response from " + where + " could not be read: " + clean(e, text) + suffix);
        } else {
            return new IOException("I/O failure talking to " + where + ": " + clean(e, text) + suffix);
        }
        described.initCause(e);
        return described;
    }

    private static String clean(IOException e, ServerText text) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : text.clean(e.getMessage(), 300);
    }

    private static boolean isUnknownHost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeaderLimit(IOException e) {
        String message = e.getMessage();
        return message != null
                && message.toLowerCase(Locale.ROOT).contains("header")
                && (message.contains("too long") || message.contains("too large") || message.contains("exceed"));
    }

    static String hostPort(URI uri) {
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    /**
     * The server answered, but its response head cannot be read (headers over the JDK's limit, a
     * malformed status line): a problem of the response, not of the connection, so never retried.
     */
    static final class ResponseHeaderProblem extends IOException {
        private static final long serialVersionUID = 1L;

        ResponseHeaderProblem(String message) {
            super(message);
        }
    }
}
