package dev.dynamicroutes.testing;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link FakeDynamicRoutesServer} around JUnit 5 tests. In a {@code static} field the server
 * starts once for the class and is {@linkplain FakeDynamicRoutesServer#reset() reset} before each test;
 * in an instance field each test gets a fresh server. Test methods may take the server as a parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeDynamicRoutesServerExtension fake = FakeDynamicRoutesServerExtension.create();
 *
 * @Test
 * void listsRoutes(FakeDynamicRoutesServer server) {
 *   server.routesJson("acc", "gw", List.of(FakeDynamicRoutesServer.simpleRouteJson("r1", "chat")));
 *   try (DynamicRoutesClient client = server.clientBuilder().build()) {
 *     assertEquals(1, client.listRoutes("acc", "gw").routes().size());
 *   }
 * }
 * }</pre>
 */
public final class FakeDynamicRoutesServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<FakeDynamicRoutesServer> starter;
    private @Nullable FakeDynamicRoutesServer server;
    private boolean perClass;

    private FakeDynamicRoutesServerExtension(Supplier<FakeDynamicRoutesServer> starter) {
        this.starter = starter;
    }

    /** {@return a server with the defaults ({@link FakeDynamicRoutesServer#builder()})} */
    public static FakeDynamicRoutesServerExtension create() {
        return new FakeDynamicRoutesServerExtension(FakeDynamicRoutesServer::start);
    }

    /**
     * A server configured by {@code builder}; {@code reset()} returns to the builder's routes.
     *
     * @param builder the server configuration
     * @return the extension
     */
    public static FakeDynamicRoutesServerExtension of(FakeDynamicRoutesServer.Builder builder) {
        Objects.requireNonNull(builder, "builder");
        return new FakeDynamicRoutesServerExtension(builder::start);
    }

    /** {@return the running server} */
    public FakeDynamicRoutesServer server() {
        if (server == null) {
            throw new IllegalStateException("the fake server runs only while a test runs");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        server = starter.get();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = starter.get();
        } else {
            server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass && server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeDynamicRoutesServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }
}
