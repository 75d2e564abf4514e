package dev.dynamicroutes.graph;

/**
 * Renders a route graph as Graphviz DOT ({@code dot -Tsvg route.dot > route.svg}). The graph is
 * titled with the route's name and id (so that several routes rendered from one file tell themselves
 * apart); nodes show the element type, its key property and its id; edges show the output name;
 * references to missing elements point at dashed "missing" nodes. Deterministic.
 *
 * <pre>{@code
 * Files.writeString(Path.of("route.dot"), DotFormat.render(RouteGraph.of(route)));
 * }</pre>
 */
public final class DotFormat {

    private DotFormat() {}

    /**
     * Renders the graph as Graphviz DOT text.
     *
     * @param graph the route graph to render
     * @return the DOT source, one node per element and one edge per output
     */
    public static String render(RouteGraph graph) {
        RenderModel model = new RenderModel(graph);
        StringBuilder out = new StringBuilder("digraph ")
                .append(quoted(model.name))
                .append(" {\n")
                .append("  label=")
                .append(quoted(model.name + " (" + model.id + ")"))
                .append(";\n")
                .append("  labelloc=t;\n")
                .append("  rankdir=TB;\n")
                .append("  node [shape=box, style=rounded];\n");
        for (RenderModel.Node node : model.nodes) {
            out.append("  ")
                    .append(node.key())
                    .append(" [label=")
                    .append(quoted(node.title() + "\n" + node.subtitle()));
            if (node.missing()) {
                out.append(", style=dashed");
            }
            out.append("];\n");
        }
        for (RenderModel.Edge edge : model.edges) {
            out.append("  ")
                    .append(edge.from())
                    .append(" -> ")
                    .append(edge.to())
                    .append(" [label=")
                    .append(quoted(edge.label()))
                    .append("];\n");
        }
        return out.append("}\n").toString();
    }

    /** A DOT double-quoted string: backslash and quote escaped, line breaks as \n, other control and format characters as spaces. */
    private static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> {}
                // server text: no escape sequence or bidi override reaches a terminal or a viewer
                default -> b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c);
            }
        }
        return b.append('"').toString();
    }
}
