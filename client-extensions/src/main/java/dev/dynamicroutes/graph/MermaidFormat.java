package dev.dynamicroutes.graph;

/**
 * Renders a route graph as a Mermaid flowchart (paste it into a Markdown file on GitHub, or any
 * Mermaid viewer). Nodes show the element type, its key property and its id; edges show the output
 * name; references to missing elements point at dashed "missing" nodes. Deterministic.
 *
 * <pre>{@code
 * String mermaid = MermaidFormat.render(RouteGraph.of(route));
 * }</pre>
 */
public final class MermaidFormat {

    private MermaidFormat() {}

    /**
     * Renders the graph as a Mermaid flowchart.
     *
     * @param graph the route graph to render
     * @return the Mermaid source, one node per element and one edge per output
     */
    public static String render(RouteGraph graph) {
        RenderModel model = new RenderModel(graph);
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (RenderModel.Node node : model.nodes) {
            out.append("  ")
                    .append(node.key())
                    .append("[\"")
                    .append(text(node.title()))
                    .append("<br/>")
                    .append(text(node.subtitle()))
                    .append("\"]");
            if (node.missing()) {
                out.append(":::missing");
            }
            out.append('\n');
        }
        for (RenderModel.Edge edge : model.edges) {
            out.append("  ")
                    .append(edge.from())
                    .append(" -->|\"")
                    .append(text(edge.label()))
                    .append("\"| ")
                    .append(edge.to())
                    .append('\n');
        }
        out.append("  classDef missing stroke-dasharray: 5 5\n");
        return out.toString();
    }

    /** Mermaid entity codes for what would end a quoted label or be read as HTML. */
    private static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("#quot;");
                case '<' -> b.append("#lt;");
                case '>' -> b.append("#gt;");
                case '#' -> b.append("#35;");
                case '|' -> b.append("#124;");
                case '\n', '\r' -> b.append(' ');
                // server text: no escape sequence or bidi override reaches a terminal or a viewer
                default -> b.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? ' ' : c);
            }
        }
        return b.toString();
    }
}
