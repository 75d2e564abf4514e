package dev.dynamicroutes.examples;

import dev.dynamicroutes.element.ConditionalElement;
import dev.dynamicroutes.element.EndElement;
import dev.dynamicroutes.element.ModelElement;
import dev.dynamicroutes.element.PercentageElement;
import dev.dynamicroutes.element.RateElement;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.StartElement;
import dev.dynamicroutes.element.UnknownElement;
import dev.dynamicroutes.graph.GraphProblem;
import dev.dynamicroutes.graph.RouteGraph;
import java.io.PrintStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code text} format: per route its name, id, active version, element count, graph problems,
 * and the element graph as an indented tree from start. An element reached a second time (two
 * branches joining, or a cycle) is printed once and then referred to, so the tree stays finite.
 */
final class TextReport {

    private final PrintStream out;

    TextReport(PrintStream out) {
        // every line of the report carries server text (names, ids, problem messages naming ids)
        this.out = TerminalSafeOutput.wrap(out);
    }

    void print(Route route) {
        RouteGraph graph = RouteGraph.of(route);
        out.println("route " + route.name() + " (" + route.id() + ")");
        out.println(
                "  version " + route.version().versionId() + (route.version().active() ? " (active)" : " (inactive)")
                        + ", deployed " + route.deployment().versionId());
        out.println("  elements: " + route.elements().size());
        if (graph.problems().isEmpty()) {
            out.println("  graph problems: none");
        } else {
            out.println("  graph problems: " + graph.problems().size());
            for (GraphProblem problem : graph.problems()) {
                out.println("    - " + problem.kind() + ": " + problem.message());
            }
        }
        graph.start()
                .ifPresentOrElse(
                        start -> tree(graph, start, "", "    ", new HashSet<>()),
                        () -> out.println("  (no single start element: no tree)"));
        out.println();
    }

    private void tree(RouteGraph graph, RouteElement element, String via, String indent, Set<String> printed) {
        String line = indent + via + describe(element);
        if (!printed.add(element.id())) {
            out.println(line + " (see above)");
            return;
        }
        out.println(line);
        Map<String, RouteElement> successors = graph.successors(element.id());
        for (Map.Entry<String, String> output : element.outputs().entrySet()) {
            RouteElement target = successors.get(output.getKey());
            if (target == null) {
                out.println(indent + "  " + output.getKey() + " -> " + output.getValue() + " (missing)");
            } else {
                tree(graph, target, output.getKey() + " -> ", indent + "  ", printed);
            }
        }
    }

    /** Plain digits unless the exponent is extreme ({@code toPlainString()} of 1e-999999999 is a billion chars). */
    private static String number(java.math.BigDecimal n) {
        return Math.abs(n.scale()) <= 32 ? n.toPlainString() : n.toString();
    }

    static String describe(RouteElement element) {
        return element.id() + " ["
                + element.accept(new RouteElement.Visitor<String>() {
                    @Override
                    public String visitStart(StartElement e) {
                        return "start";
                    }

                    @Override
                    public String visitConditional(ConditionalElement e) {
                        return "conditional "
                                + e.conditions().map(Object::toString).orElse("(no condition)");
                    }

                    @Override
                    public String visitPercentage(PercentageElement e) {
                        return "percentage " + String.join("/", e.outputs().keySet());
                    }

                    @Override
                    public String visitRate(RateElement e) {
                        return "rate " + number(e.limit()) + " " + e.limitType() + " per " + number(e.window())
                                + "s by " + e.key();
                    }

                    @Override
                    public String visitModel(ModelElement e) {
                        return "model " + e.provider() + "/" + e.model() + ", " + e.retries() + " retries, timeout "
                                + e.timeout() + " ms";
                    }

                    @Override
                    public String visitEnd(EndElement e) {
                        return "end";
                    }

                    @Override
                    public String visitUnknown(UnknownElement e) {
                        return "unknown type '" + e.type() + "'";
                    }
                })
                + "]";
    }
}
