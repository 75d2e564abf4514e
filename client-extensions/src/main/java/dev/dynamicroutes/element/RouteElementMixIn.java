package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Jackson mix-in for the generated {@code dev.dynamicroutes.generated.model.RouteElement} interface.
 *
 * <p>Replaces the generator's broken {@code @JsonTypeInfo(property="")} (the spec deliberately has no
 * discriminator object) with dispatch on the existing {@code type} property. Jackson buffers the
 * object until it meets {@code type}, so the property may come first, in the middle or last.
 * A type not listed here decodes as {@link UnknownWireElement} instead of failing the response.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownWireElement.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.StartElement.class, name = StartElement.TYPE),
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.ConditionalElement.class, name = ConditionalElement.TYPE),
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.PercentageElement.class, name = PercentageElement.TYPE),
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.RateElement.class, name = RateElement.TYPE),
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.ModelElement.class, name = ModelElement.TYPE),
    @JsonSubTypes.Type(value = dev.dynamicroutes.generated.model.EndElement.class, name = EndElement.TYPE)
})
// the generated interface also carries @JsonIgnoreProperties(value = ""): neutralised here
@JsonIgnoreProperties({})
abstract class RouteElementMixIn {}
