package dev.dynamicroutes.client;

import feign.slf4j.Slf4jLogger;

/**
 * Feign's SLF4J logger (logger name {@code dev.dynamicroutes.client.http}, DEBUG level) that never
 * writes the authentication headers, at any Feign log level, FULL included.
 */
final class RedactingLogger extends Slf4jLogger {

    static final String NAME = "dev.dynamicroutes.client.http";

    RedactingLogger() {
        super(NAME);
    }

    /** Our level as Feign's: the one place the two are mapped. */
    static feign.Logger.Level feignLevel(LogLevel level) {
        switch (level) {
            case NONE:
                return feign.Logger.Level.NONE;
            case BASIC:
                return feign.Logger.Level.BASIC;
            case HEADERS:
                return feign.Logger.Level.HEADERS;
            case FULL:
                return feign.Logger.Level.FULL;
            default:
                throw new AssertionError(level);
        }
    }

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !Credentials.isAuthHeader(header);
    }
}
