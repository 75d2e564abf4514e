package dev.dynamicroutes.graph;

import dev.dynamicroutes.element.RouteElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both text formats draw, computed once: nodes in wire order with safe keys ({@code n0},
 * {@code n1}, …; element ids may contain anything), a node per missing target id, and every edge
 * labelled with its output name. Same route, same model: the output is deterministic.
 */
final class RenderModel {

    record Node(String key, String title, String subtitle, boolean missing) {}

    record Edge(String from, String to, String label) {}

    final String name;
    final String id;
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    RenderModel(RouteGraph graph) {
        this.name = graph.route().name();
        this.id = graph.route().id();
        List<RouteElement> elements = graph.route().elements();
        for (int i = 0; i < elements.size(); i++) {
            RouteElement e = elements.get(i);
            nodes.add(new Node("n" + i, e.label(), e.id().isEmpty() ? "(no id)" : e.id(), false));
        }
        Map<String, String> missingKeys = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            for (Map.Entry<String, String> out : elements.get(i).outputs().entrySet()) {
                Integer target = graph.indexOf(out.getValue());
                String to = target != null
                        ? "n" + target
                        : missingKeys.computeIfAbsent(out.getValue(), id -> {
                            String key = "missing" + missingKeys.size();
                            nodes.add(new Node(key, "missing", id, true));
                            return key;
                        });
                edges.add(new Edge("n" + i, to, out.getKey()));
            }
        }
    }
}
