package dev.dynamicroutes.element;

/**
 * What a {@link RateElement} counts. {@link #UNKNOWN} stands for a value added to the API after this
 * client was built; {@link RateElement#limitTypeValue()} has the string as sent.
 */
public enum LimitType {
    /** Limit the number of requests. */
    COUNT,
    /** Limit the cost of requests. */
    COST,
    /** A value this client does not know yet. */
    UNKNOWN;

    static LimitType fromWire(String value) {
        switch (value) {
            case "count":
                return COUNT;
            case "cost":
                return COST;
            default:
                return UNKNOWN;
        }
    }
}
