package dev.dynamicroutes.client;

/**
 * How much of each HTTP exchange the client logs, through SLF4J at DEBUG under the logger
 * {@code dev.dynamicroutes.client.http}. Authentication headers are never logged, at any level.
 *
 * <pre>{@code
 * DynamicRoutesClient client = DynamicRoutesClient.builder()
 *     .apiToken(token)
 *     .logLevel(LogLevel.HEADERS)
 *     .build();
 * }</pre>
 */
public enum LogLevel {
    /** Nothing. */
    NONE,
    /** Method, URL, status and duration of each exchange (the default). */
    BASIC,
    /** {@link #BASIC} plus request and response headers (authentication headers left out). */
    HEADERS,
    /** {@link #HEADERS} plus the bodies. */
    FULL
}
