package dev.dynamicroutes.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dynamicroutes.element.RouteJson;

/**
 * The one configured mapper every client in a JVM reads responses with. A new mapper starts with an
 * empty deserializer cache, so a mapper per client would pay the deserializer construction again on
 * each client's first call (about 0.7 s cold, measured by {@code ColdStartProbe}). A configured mapper
 * is thread-safe, and this one is never reconfigured after it is built.
 */
final class ClientMapper {

    /** Built when the first client is. */
    static final ObjectMapper SHARED = RouteJson.newObjectMapper();

    private ClientMapper() {}
}
