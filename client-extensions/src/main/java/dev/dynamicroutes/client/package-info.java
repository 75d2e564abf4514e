/**
 * The entry point: {@link dev.dynamicroutes.client.DynamicRoutesClient}, built by its
 * {@link dev.dynamicroutes.client.DynamicRoutesClient.Builder}.
 *
 * <pre>{@code
 * DynamicRoutesClient client = DynamicRoutesClient.fromEnv();
 * client.listRoutesPaginator(accountId, gatewayId).routes().forEach(r -> System.out.println(r.name()));
 * }</pre>
 *
 * <p>Everything else in this package is package-private plumbing around the generated Feign
 * interface: authentication and header interceptor ({@code Credentials}), single-segment path
 * encoding ({@code PathSegments}, {@code SingleSegmentContract}), response and error decoding
 * ({@code ResponseDecoder}, {@code ApiErrorDecoder}), retries ({@code BackoffRetryer},
 * {@code RetryAfter}), the overall deadline ({@code CallDeadline}, {@code DeadlineClient}), the
 * transport over {@code java.net.http} ({@code HttpTransport}, {@code DeadlineBody},
 * {@code ContentDecoding}, shared {@code HttpClient}s: {@code SharedHttpClients},
 * {@code TransportLease}), base URL and setting checks ({@code BaseUrl}, {@code Settings}), the one
 * sanitiser of server text ({@code ServerText}) and credential-free logging ({@code RedactingLogger}).
 */
package dev.dynamicroutes.client;
