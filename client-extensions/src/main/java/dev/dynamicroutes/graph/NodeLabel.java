package dev.dynamicroutes.graph;

import dev.dynamicroutes.element.ConditionalElement;
import dev.dynamicroutes.element.EndElement;
import dev.dynamicroutes.element.ModelElement;
import dev.dynamicroutes.element.PercentageElement;
import dev.dynamicroutes.element.RateElement;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.StartElement;
import dev.dynamicroutes.element.UnknownElement;

/** The first line of a node's label: the element's type and its key property. */
final class NodeLabel implements RouteElement.Visitor<String> {

    static final NodeLabel INSTANCE = new NodeLabel();

    /** Condition trees can be large; the label shows their start. */
    private static final int MAX_CONDITION_CHARS = 60;

    @Override
    public String visitStart(StartElement e) {
        return "start";
    }

    @Override
    public String visitConditional(ConditionalElement e) {
        return e.conditions()
                .map(c -> {
                    String text = c.toString();
                    return "conditional: "
                            + (text.length() > MAX_CONDITION_CHARS
                                    ? text.substring(0, MAX_CONDITION_CHARS) + "…"
                                    : text);
                })
                .orElse("conditional");
    }

    @Override
    public String visitPercentage(PercentageElement e) {
        return "percentage: " + String.join(" / ", e.branches().keySet());
    }

    @Override
    public String visitRate(RateElement e) {
        return "rate: " + number(e.limit()) + " " + e.limitTypeValue() + " / " + number(e.window()) + "s";
    }

    /**
     * Plain digits for ordinary numbers; scientific notation when the exponent is extreme, because
     * {@code toPlainString()} of a hostile {@code 1e-999999999} would build a billion characters.
     */
    static String number(java.math.BigDecimal n) {
        return Math.abs(n.scale()) <= 32 ? n.toPlainString() : n.toString();
    }

    @Override
    public String visitModel(ModelElement e) {
        return "model: " + e.provider() + "/" + e.model();
    }

    @Override
    public String visitEnd(EndElement e) {
        return "end";
    }

    @Override
    public String visitUnknown(UnknownElement e) {
        return "unknown: " + e.type();
    }
}
