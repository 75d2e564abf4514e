package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns one decoded wire element (a generated variant, or the unknown holder) into its typed element. */
final class ElementDecoding {

    private ElementDecoding() {}

    static RouteElement typed(dev.dynamicroutes.generated.model.RouteElementDto wire, WireCheck route, int index) {
        if (wire instanceof dev.dynamicroutes.generated.model.StartElementDto e) {
            return new StartElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof dev.dynamicroutes.generated.model.ConditionalElementDto e) {
            return new ConditionalElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof dev.dynamicroutes.generated.model.PercentageElementDto e) {
            return new PercentageElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof dev.dynamicroutes.generated.model.RateElementDto e) {
            return new RateElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof dev.dynamicroutes.generated.model.ModelElementDto e) {
            return new ModelElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof dev.dynamicroutes.generated.model.EndElementDto e) {
            return new EndElement(e, route.element(index, e.getId()));
        }
        if (wire instanceof UnknownWireElement e) {
            return unknown(e.json(), route, index);
        }
        if (wire == null) {
            throw route.element(index, null).problem("elements[" + index + "]", "element is null");
        }
        throw route.element(index, null)
                .problem(
                        "elements[" + index + "]",
                        "not decoded with RouteJson (unexpected class "
                                + wire.getClass().getName() + ")");
    }

    private static UnknownElement unknown(ObjectNode json, WireCheck route, int index) {
        JsonNode id = json.get("id");
        WireCheck check = route.element(index, id != null && id.isTextual() ? id.textValue() : null);
        JsonNode type = json.get("type");
        if (type == null || type.isNull()) {
            throw check.problem("type", "missing required field");
        }
        if (!type.isTextual()) {
            throw check.problem(
                    "type", "must be a string, was " + type.getNodeType().name().toLowerCase());
        }
        return new UnknownElement(json, type.textValue());
    }
}
