package dev.dynamicroutes.client;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * What the builder decided about the transport; {@link Transport} is built from it and nothing else.
 *
 * @param httpClient a client the user supplied (then they own it), or null to build one
 */
record TransportSettings(
        Duration connectTimeout,
        @Nullable HttpClient httpClient,
        @Nullable SSLContext sslContext,
        @Nullable ProxySelector proxy,
        boolean compression,
        Clock clock) {}
