package dev.dynamicroutes.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Labels are server text: an element id with an escape sequence, a bidi override and a line break
 * renders, in both formats, as one label with no control or format character in it.
 */
class RenderingControlCharactersTest {

    static final String HOSTILE = "id\u001b[2J\u202e\u2066x\nclick n0 href \"javascript:alert(1)\"";

    static RouteGraph hostileGraph() throws Exception {
        return RouteGraphTest.graph(r -> {
            RouteGraphTest.element(r, 3).put("id", HOSTILE);
            ((com.fasterxml.jackson.databind.node.ObjectNode)
                            RouteGraphTest.element(r, 1).get("outputs"))
                    .set("false", RouteGraphTest.ref(HOSTILE));
        });
    }

    @Test
    void mermaidAndDotLabelsHoldNoControlOrFormatCharacters() throws Exception {
        for (String rendered : new String[] {MermaidFormat.render(hostileGraph()), DotFormat.render(hostileGraph())}) {
            assertThat(rendered).contains("javascript:alert(1)");
            assertThat(rendered.lines())
                    .allSatisfy(line -> assertThat(line).doesNotContainPattern("\\p{Cc}|\\p{Cf}"))
                    .noneSatisfy(line -> assertThat(line.strip()).startsWith("click"));
        }
    }
}
