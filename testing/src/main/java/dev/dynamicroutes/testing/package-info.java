/**
 * Test support for code that uses {@code dynamic-routes-client}: an embeddable
 * {@link dev.dynamicroutes.testing.FakeDynamicRoutesServer} (plain start/stop, or the JUnit 5
 * {@link dev.dynamicroutes.testing.FakeDynamicRoutesServerExtension}) with real paging, both
 * authentication schemes and injectable {@link dev.dynamicroutes.testing.Failure}s. To replace the
 * client without HTTP at all, implement {@link dev.dynamicroutes.client.DynamicRoutesOperations}.
 *
 * <pre>{@code
 * try (FakeDynamicRoutesServer server = FakeDynamicRoutesServer.start();
 *     DynamicRoutesClient client = server.clientBuilder().build()) {
 *   server.failNext(Failure.status(404));
 *   assertThrows(NotFoundException.class, () -> client.listRoutes("acc", "gw"));
 * }
 * }</pre>
 */
@NullMarked
package dev.dynamicroutes.testing;

import org.jspecify.annotations.NullMarked;
