package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * What the six known element classes share: the generated wire object they wrap (written back by
 * Jackson through {@link JsonValue}, so a typed element serialises exactly as it came), the id, and
 * the outgoing edges. Equality is value equality of the wire object.
 */
abstract class WireBackedElement {

    private final Object wire;
    private final String id;
    private final Map<String, String> outputs;

    WireBackedElement(Object wire, String id, Map<String, String> outputs) {
        this.wire = wire;
        this.id = id;
        this.outputs = outputs;
    }

    public String id() {
        return id;
    }

    public Map<String, String> outputs() {
        return outputs;
    }

    @JsonValue
    Object wire() {
        return wire;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && wire.equals(((WireBackedElement) o).wire);
    }

    @Override
    public int hashCode() {
        return wire.hashCode();
    }
}
