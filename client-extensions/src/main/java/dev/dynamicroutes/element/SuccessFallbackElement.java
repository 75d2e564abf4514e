package dev.dynamicroutes.element;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What rate and model elements share: outputs {@code success} and {@code fallback}. */
abstract sealed class SuccessFallbackElement extends KnownElement permits RateElement, ModelElement {

    SuccessFallbackElement(
            String id, Map<String, String> outputs, @Nullable JsonNode raw, Map<String, JsonNode> other) {
        super(id, outputs, raw, other);
    }

    static Map<String, String> successFallback(String success, String fallback) {
        Map<String, String> outputs = new LinkedHashMap<>(4);
        outputs.put("success", reference(success, "outputs.success"));
        outputs.put("fallback", reference(fallback, "outputs.fallback"));
        return Collections.unmodifiableMap(outputs);
    }

    /** {@return id of the element taken on success (output {@code success})} */
    public String success() {
        return requiredOutput("success");
    }

    /** {@return id of the element taken otherwise (output {@code fallback})} */
    public String fallback() {
        return requiredOutput("fallback");
    }
}
