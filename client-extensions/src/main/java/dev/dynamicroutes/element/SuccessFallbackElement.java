package dev.dynamicroutes.element;

import dev.dynamicroutes.generated.model.SuccessFallbackOutputsDto;

/**
 * What rate and model elements share: exactly two outputs, {@code success} and {@code fallback}
 * (the spec's {@code SuccessFallbackOutputsDto}), validated here once.
 */
abstract class SuccessFallbackElement extends WireBackedElement {

    SuccessFallbackElement(Object wire, String id, SuccessFallbackOutputsDto outputs, WireCheck check) {
        super(
                wire,
                id,
                WireCheck.orderedOutputs(
                        "success",
                                check.target(check.required(outputs, "outputs").getSuccess(), "outputs.success"),
                        "fallback", check.target(outputs.getFallback(), "outputs.fallback")));
    }

    /** Id of the element taken on success (within the limit, or when the call succeeds). */
    public String onSuccess() {
        return outputs().get("success");
    }

    /** Id of the element taken otherwise (limit exceeded, or the call failed). */
    public String onFallback() {
        return outputs().get("fallback");
    }
}
