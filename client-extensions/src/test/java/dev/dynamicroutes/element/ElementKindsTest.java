package dev.dynamicroutes.element;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The element table is complete and is what decoding, encoding and labels use. */
class ElementKindsTest {

    @Test
    void everyKnownElementClassHasExactlyOneRow() {
        List<String> known = Arrays.stream(RouteElement.class.getPermittedSubclasses())
                .filter(c -> c != UnknownElement.class)
                .map(Class::getName)
                .toList();

        assertThat(ElementKinds.ALL.stream().map(k -> k.javaClass().getName()).toList())
                .containsExactlyInAnyOrderElementsOf(known);
        assertThat(ElementKinds.ALL).extracting(ElementKinds.Kind::wireName).doesNotHaveDuplicates();
    }

    @Test
    void typeAndLabelComeFromTheTable() {
        ModelElement model =
                ModelElement.of("gpt", "end", "end", "openai", "gpt-4o-mini", BigDecimal.ONE, BigDecimal.TEN);

        assertThat(model.type()).isEqualTo(ElementKinds.MODEL.wireName()).isEqualTo("model");
        assertThat(model.label()).isEqualTo("model: openai/gpt-4o-mini");
        assertThat(ElementKinds.byWireName("cache")).isNull();
    }

    @Test
    void labelNumbersArePlainUnlessTheExponentIsExtreme() {
        assertThat(ElementKinds.number(new BigDecimal("3600"))).isEqualTo("3600");
        assertThat(ElementKinds.number(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(ElementKinds.number(new BigDecimal("0.25"))).isEqualTo("0.25");
        assertThat(ElementKinds.number(new BigDecimal("1e999999999"))).isEqualTo("1E+999999999");
    }
}
