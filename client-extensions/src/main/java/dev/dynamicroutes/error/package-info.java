/**
 * Everything this library throws, rooted in the unchecked
 * {@link dev.dynamicroutes.error.DynamicRoutesException}: one type per HTTP status family under
 * {@link dev.dynamicroutes.error.ApiResponseException}, {@link dev.dynamicroutes.error.InvalidResponseException}
 * for unusable 2xx bodies, {@link dev.dynamicroutes.error.ApiConnectionException} and
 * {@link dev.dynamicroutes.error.ApiTimeoutException} when no response arrived,
 * {@link dev.dynamicroutes.error.PaginationException} for a walk that had to stop, and
 * {@link dev.dynamicroutes.element.RouteDecodeException} for a route whose elements cannot be typed.
 *
 * <p>Decisions: each fact has one accessor; the request is one value
 * ({@link dev.dynamicroutes.error.RequestDescription}: method, path, page) shared by response and
 * connection failures; constructors are not public — {@code ApiResponseException.builder(request, status)}
 * picks the type for a status, and the other exceptions have an {@code of(...)} factory, so test doubles
 * can throw exactly what the client throws. Every exception is serialisable with all its facts. No
 * message contains a credential.
 *
 * <pre>{@code
 * catch (RateLimitException e) {
 *   retryLater(e.retryAfter().orElse(Duration.ofMinutes(1)));
 * }
 * }</pre>
 */
@NullMarked
package dev.dynamicroutes.error;

import org.jspecify.annotations.NullMarked;
