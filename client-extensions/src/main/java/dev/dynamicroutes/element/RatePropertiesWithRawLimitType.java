package dev.dynamicroutes.element;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dynamicroutes.generated.model.RatePropertiesDto;

/**
 * The generated {@link RatePropertiesDto}, plus the {@code limitType} exactly as the server sent it.
 *
 * <p>With {@code enumUnknownDefaultCase} the generated enum maps a value it does not know (say a
 * future {@code "tokens"}) to {@code UNKNOWN_DEFAULT_OPEN_API} and forgets the original string. This
 * subclass (selected by a mix-in on {@link RatePropertiesDto}) keeps the string, so the typed API can
 * expose it and re-serialisation writes it back unchanged.
 */
final class RatePropertiesWithRawLimitType extends RatePropertiesDto {

    private String rawLimitType;

    @JsonProperty("limitType")
    void setRawLimitType(String raw) {
        this.rawLimitType = raw;
        super.setLimitType(raw == null ? null : LimitTypeEnum.fromValue(raw));
    }

    @JsonProperty("limitType")
    String getRawLimitType() {
        return rawLimitType;
    }

    // the generated accessors would write the enum (losing unknown values): hidden from Jackson
    @JsonIgnore
    @Override
    public LimitTypeEnum getLimitType() {
        return super.getLimitType();
    }

    @JsonIgnore
    @Override
    public void setLimitType(LimitTypeEnum limitType) {
        super.setLimitType(limitType);
        this.rawLimitType = limitType == null ? null : limitType.getValue();
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o)
                && java.util.Objects.equals(rawLimitType, ((RatePropertiesWithRawLimitType) o).rawLimitType);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + java.util.Objects.hashCode(rawLimitType);
    }
}
