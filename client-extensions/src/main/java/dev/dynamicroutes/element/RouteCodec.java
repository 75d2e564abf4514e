package dev.dynamicroutes.element;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson adapters named by the annotations on {@link Route}, {@link RouteVersion} and
 * {@link RouteDeployment}: plain databinding of our values with any {@code ObjectMapper}, no module
 * to register. The reading and writing itself lives in each value class (one place per field).
 */
final class RouteCodec {

    private RouteCodec() {}

    /** A route; in an array (a page's {@code routes}) its index becomes the error location's route index. */
    static final class RouteDeserializer extends JsonDeserializer<Route> {
        @Override
        public Route deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                // an array opens its own context like an object; any other value sits in the routes array
                Location at = p.currentToken() == JsonToken.START_ARRAY ? Location.routeAt(p) : Location.scalarRoute(p);
                throw at.problem("must be an object, was " + ExactJson.describe(p.currentToken()));
            }
            return Route.read(p, Location.routeAt(p));
        }

        /** A null route in a page is a broken response, not a route to skip. */
        @Override
        public Route getNullValue(DeserializationContext ctxt) {
            JsonParser p = ctxt.getParser();
            int index = p != null && p.getParsingContext().inArray()
                    ? p.getParsingContext().getCurrentIndex()
                    : -1;
            throw Location.nullRoute(p, index).problem("route is null");
        }
    }

    static final class RouteSerializer extends JsonSerializer<Route> {
        @Override
        public void serialize(Route route, JsonGenerator g, SerializerProvider provider) throws IOException {
            route.write(g, provider);
        }
    }

    static final class VersionDeserializer extends JsonDeserializer<RouteVersion> {
        @Override
        public @Nullable RouteVersion deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Location at = Location.routeAt(p);
            if (!ExactJson.objectOrNull(p, at, ExactJson.TOP, "version")) {
                return null;
            }
            return RouteVersion.read(p, at, ExactJson.TOP);
        }
    }

    static final class VersionSerializer extends JsonSerializer<RouteVersion> {
        @Override
        public void serialize(RouteVersion version, JsonGenerator g, SerializerProvider provider) throws IOException {
            version.write(g, provider);
        }
    }

    static final class DeploymentDeserializer extends JsonDeserializer<RouteDeployment> {
        @Override
        public @Nullable RouteDeployment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Location at = Location.routeAt(p);
            if (!ExactJson.objectOrNull(p, at, ExactJson.TOP, "deployment")) {
                return null;
            }
            return RouteDeployment.read(p, at, ExactJson.TOP);
        }
    }

    static final class DeploymentSerializer extends JsonSerializer<RouteDeployment> {
        @Override
        public void serialize(RouteDeployment deployment, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            deployment.write(g, provider);
        }
    }
}
