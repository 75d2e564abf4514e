/**
 * Everything this library throws, rooted in the unchecked
 * {@link dev.dynamicroutes.error.DynamicRoutesException}: one type per HTTP status family under
 * {@link dev.dynamicroutes.error.ApiResponseException}, {@link dev.dynamicroutes.error.InvalidResponseException}
 * for unusable 2xx bodies, {@link dev.dynamicroutes.error.ApiConnectionException} and
 * {@link dev.dynamicroutes.error.ApiTimeoutException} when no response arrived,
 * {@link dev.dynamicroutes.error.PaginationException} for a walk that had to stop, and
 * {@link dev.dynamicroutes.element.RouteDecodeException} for a route whose elements cannot be typed.
 * No message contains a credential.
 */
package dev.dynamicroutes.error;
