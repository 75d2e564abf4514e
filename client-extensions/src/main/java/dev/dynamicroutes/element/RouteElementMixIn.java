package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Jackson mix-in for the generated {@code dev.dynamicroutes.generated.model.RouteElementDto} interface:
 * switches off the generator's broken {@code @JsonTypeInfo(property="")} (the spec deliberately has
 * no discriminator object). Dispatch on {@code type} is done by {@link RouteElementDeserializer},
 * registered for the interface in {@link RouteJson#module()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
// the generated interface also carries @JsonIgnoreProperties(value = ""): neutralised here
@JsonIgnoreProperties({})
abstract class RouteElementMixIn {}
