/**
 * A route and its elements, typed: what a response's {@code routes[]} decode into.
 *
 * <p>Each element of a route is one of six known kinds ({@link dev.dynamicroutes.element.StartElement},
 * {@link dev.dynamicroutes.element.ConditionalElement}, {@link dev.dynamicroutes.element.PercentageElement},
 * {@link dev.dynamicroutes.element.RateElement}, {@link dev.dynamicroutes.element.ModelElement},
 * {@link dev.dynamicroutes.element.EndElement}) or an {@link dev.dynamicroutes.element.UnknownElement}
 * that keeps a type this client does not know yet, with its raw JSON. Branch with
 * {@link dev.dynamicroutes.element.RouteElement.Visitor} (exhaustive on Java 17) or a {@code switch}
 * over the sealed {@link dev.dynamicroutes.element.RouteElement} (Java 21+).
 *
 * <h2>How decoding works (and why this shape)</h2>
 * The spec publishes elements as a {@code oneOf} without a {@code discriminator} object, as Cloudflare
 * does. The generator therefore emits a {@code RouteElement} interface with an unusable
 * {@code @JsonTypeInfo(property="")}, implemented by six complete variant classes. Rather than edit
 * generated code or parse twice, {@link dev.dynamicroutes.element.RouteJson} registers a Jackson
 * module that contributes the discriminator: a mix-in switches the broken annotation off and a
 * deserializer for the generated interface dispatches on the {@code type} property wherever it stands
 * in the object (the real API writes it last), capturing unknown types as raw JSON. The response is parsed once into the generated models; {@link
 * dev.dynamicroutes.element.Route#fromWire} then validates each route and wraps the generated objects
 * in the typed API (no second parse, no generator names in the public API). Serialising a typed
 * {@link dev.dynamicroutes.element.Route} with Jackson writes the wrapped generated objects back, so
 * wire names, unknown elements and unknown enum values survive a round trip.
 */
package dev.dynamicroutes.element;
