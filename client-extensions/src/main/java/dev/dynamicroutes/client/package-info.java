/**
 * The entry point: {@link dev.dynamicroutes.client.DynamicRoutesClient}, built by its
 * {@link dev.dynamicroutes.client.DynamicRoutesClient.Builder}, implementing
 * {@link dev.dynamicroutes.client.DynamicRoutesOperations} (the interface to depend on and substitute
 * in tests); per-call {@link dev.dynamicroutes.client.RequestOptions} and the
 * {@link dev.dynamicroutes.client.LogLevel}.
 *
 * <pre>{@code
 * try (DynamicRoutesClient client = DynamicRoutesClient.builder().fromEnv().build()) {
 *   client.listRoutesPaginator(accountId, gatewayId).routes().forEach(r -> System.out.println(r.name()));
 * }
 * }</pre>
 *
 * <p>Everything else here is package-private, one part per job: the settings the builder resolves
 * ({@code ClientSettings}, {@code TransportSettings}, checked by {@code Settings}); the transport
 * ({@code Transport}, the one boundary to the HTTP stack: our own {@code feign.Client} over
 * {@code java.net.http}, {@code HttpTransport}, reading every byte under the deadline with
 * {@code DeadlineBody} and {@code ContentDecoding}, behind {@code DeadlineClient}; shared
 * {@code HttpClient}s through {@code SharedHttpClients} and {@code TransportLease}); the Feign wiring
 * and the operation ({@code RoutesEndpoint}, calling the generated interface in its query-map form);
 * page mapping ({@code PageMapper}); credentials ({@code Credentials}, {@code EnvironmentCredentials});
 * header rules ({@code HeaderRules}); response and error decoding ({@code ResponseDecoder},
 * {@code ApiErrorDecoder}, {@code Exchanges}); retries ({@code BackoffRetryer}, {@code RetryAfter});
 * the call's deadline, headers and attempts ({@code CallDeadline}); base URL checks ({@code BaseUrl});
 * the one sanitiser of server text ({@code ServerText}) and credential-free logging
 * ({@code RedactingLogger}). No Feign or generated type appears in a public signature.
 */
@NullMarked
package dev.dynamicroutes.client;

import org.jspecify.annotations.NullMarked;
