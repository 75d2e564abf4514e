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

    @Override
    protected boolean shouldLogRequestHeader(String header) {
        return !Credentials.isAuthHeader(header);
    }
}
