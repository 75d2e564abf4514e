package dev.dynamicroutes.client;

import feign.Response;
import feign.slf4j.Slf4jLogger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Feign's SLF4J logger (logger name {@code dev.dynamicroutes.client.http}, DEBUG level) that never
 * writes the authentication headers, at any Feign log level, FULL included; every line it writes
 * goes through {@link ServerText}, so a secret a server echoes (in a header or the body) is
 * redacted and control characters cannot forge log lines. At FULL it logs a bounded prefix of the
 * response body ({@link #MAX_LOGGED_BODY_BYTES}) and hands the decoder the whole body as a stream:
 * Feign's own FULL logging reads the whole body into memory first (a gzip bomb was an
 * {@code OutOfMemoryError}), before the parser's document limit could apply.
 */
final class RedactingLogger extends Slf4jLogger {

    static final String NAME = "dev.dynamicroutes.client.http";
    /** Bytes of a response body logged at FULL. */
    static final int MAX_LOGGED_BODY_BYTES = 4 * 1024;
    /** Characters of one log line. */
    static final int MAX_LINE_CHARS = 8 * 1024;

    private final org.slf4j.Logger logger;
    private final ServerText text;

    RedactingLogger(ServerText text, org.slf4j.Logger logger) {
        super(logger);
        this.logger = logger;
        this.text = text;
    }

    /**
     * The logger for {@code level}: at {@link LogLevel#NONE} Feign's no-op logger, which never starts
     * SLF4J (its provider lookup costs a cold process about 25 classes and 40 ms); otherwise this one,
     * writing to {@code logger} when one is given (a test seam: a test's own logger logs at DEBUG
     * whatever the global log configuration), else to the logger {@value #NAME}.
     */
    static feign.Logger forLevel(LogLevel level, ServerText text, org.slf4j.@Nullable Logger logger) {
        if (level == LogLevel.NONE) {
            return new feign.Logger.NoOpLogger();
        }
        return new RedactingLogger(text, logger != null ? logger : LoggerFactory.getLogger(NAME));
    }

    /** Our level as Feign's: the one place the two are mapped. */
    static feign.Logger.Level feignLevel(LogLevel level) {
        return switch (level) {
            case NONE -> feign.Logger.Level.NONE;
            case BASIC -> feign.Logger.Level.BASIC;
            case HEADERS -> feign.Logger.Level.HEADERS;
            case FULL -> feign.Logger.Level.FULL;
        };
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !Credentials.isAuthHeader(header);
    }

    @Override
    @SuppressWarnings("AnnotateFormatMethod") // Feign's signature: the format strings are Feign's and ours
    protected void log(String configKey, String format, Object... args) {
        super.log(configKey, "%s", text.clean(String.format(format, args), MAX_LINE_CHARS));
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (!logger.isDebugEnabled()) {
            return response;
        }
        // no reason phrase: java.net.http gives none (HttpTransport hands Feign an empty one)
        log(
                configKey,
                "<--- %s %s (%sms)",
                resolveProtocolVersion(response.protocolVersion()),
                response.status(),
                elapsedTime);
        if (logLevel.compareTo(Level.HEADERS) < 0) {
            return response;
        }
        for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
            if (shouldLogResponseHeader(header.getKey())) {
                for (String value : header.getValue()) {
                    log(configKey, "%s: %s", header.getKey(), value);
                }
            }
        }
        // HttpTransport gives every response a body (an empty stream at the least), so it is never null here
        if (logLevel.compareTo(Level.FULL) < 0) {
            log(configKey, "<--- END HTTP");
            return response;
        }
        InputStream body = response.body().asInputStream();
        byte[] prefix;
        try {
            prefix = body.readNBytes(MAX_LOGGED_BODY_BYTES);
        } catch (IOException e) {
            // the decoder reports the failure, typed; logging must not change what it sees
            log(configKey, "<--- END HTTP (body could not be read: %s)", String.valueOf(e.getMessage()));
            return response.toBuilder().body(new FailingStream(e), null).build();
        }
        log(configKey, "");
        log(configKey, "%s", new String(prefix, StandardCharsets.UTF_8));
        log(configKey, "<--- END HTTP (first %s bytes of the body shown)", prefix.length);
        InputStream rest = new SequenceInputStream(new ByteArrayInputStream(prefix), body);
        return response.toBuilder().body(rest, response.body().length()).build();
    }

    /** Replays a read failure to whoever reads next. */
    private static final class FailingStream extends InputStream {
        private final IOException failure;

        FailingStream(IOException failure) {
            this.failure = failure;
        }

        @Override
        public int read() throws IOException {
            throw failure;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            throw failure;
        }
    }
}
