package dev.dynamicroutes.graph;

import dev.dynamicroutes.element.EndElement;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.element.RouteElement;
import dev.dynamicroutes.element.StartElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A route's elements as a directed graph: each element is a node, each output an edge to the element
 * whose id it names. Built once, immutable, and safe for hostile input (no recursion: a chain of
 * 100 000 elements is fine).
 *
 * <pre>{@code
 * RouteGraph graph = RouteGraph.of(route);
 * if (!graph.problems().isEmpty()) {
 *   graph.problems().forEach(p -> System.err.println(p.message()));
 * }
 * for (RouteElement element : graph.breadthFirst()) { ... }
 * System.out.println(MermaidFormat.render(graph));
 * }</pre>
 *
 * Problems found, all of them, in a deterministic order: no start or several, duplicate ids,
 * elements without id, references to ids that do not exist, elements unreachable from start,
 * cycles, elements from which no end can be reached.
 */
public final class RouteGraph {

    private final Route route;
    private final List<RouteElement> nodes;
    /** id to the index of the first element with that id. */
    private final Map<String, Integer> indexById;
    /** per node: output name to target node index, dangling targets left out. */
    private final List<Map<String, Integer>> edges;

    private final List<Integer> starts;
    private final List<GraphProblem> problems;

    private RouteGraph(Route route) {
        this.route = route;
        this.nodes = route.elements();
        this.indexById = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String id = nodes.get(i).id();
            if (!id.isEmpty()) {
                indexById.putIfAbsent(id, i);
            }
        }
        this.edges = new ArrayList<>(nodes.size());
        List<Integer> startIndexes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Map<String, Integer> out = new LinkedHashMap<>();
            nodes.get(i).outputs().forEach((name, target) -> {
                Integer t = indexById.get(target);
                if (t != null) {
                    out.put(name, t);
                }
            });
            edges.add(out);
            if (nodes.get(i) instanceof StartElement) {
                startIndexes.add(i);
            }
        }
        this.starts = List.copyOf(startIndexes);
        this.problems = List.copyOf(new Validation().run());
    }

    /**
     * Builds the graph of a route.
     *
     * @param route the route
     * @return the route's graph
     */
    public static RouteGraph of(Route route) {
        return new RouteGraph(route);
    }

    /** The route this graph was built from, for the renderers; the caller already has it. */
    Route route() {
        return route;
    }

    /** {@return the start element, when the route has exactly one} */
    public Optional<StartElement> start() {
        return starts.size() == 1 ? Optional.of((StartElement) nodes.get(starts.get(0))) : Optional.empty();
    }

    /**
     * The element with this id (the first one, if the id is duplicated).
     *
     * @param id the element id
     * @return the element with this id (the first one, if the id is duplicated)
     */
    public Optional<RouteElement> element(String id) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Integer index = indexById.get(id);
        return index == null ? Optional.empty() : Optional.of(nodes.get(index));
    }

    /**
     * The elements the element with this id leads to, by output name, in wire order. Outputs naming an id that does
     * not exist are left out (they are reported as {@link GraphProblem.Kind#DANGLING_REFERENCE}).
     *
     * @param elementId the element's id
     * @return the elements the element with this id leads to, by output name, in wire order
     */
    public Map<String, RouteElement> successors(String elementId) {
        Map<String, RouteElement> result = new LinkedHashMap<>();
        Integer index = indexById.get(elementId);
        if (index != null) {
            edges.get(index).forEach((name, target) -> result.put(name, nodes.get(target)));
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Every element reachable from the start element(s), breadth first, each once; outputs are
     * followed in wire order. Empty when the route has no start.
     *
     * @return the reachable elements, breadth first
     */
    public List<RouteElement> breadthFirst() {
        return reachableFromStarts().stream().map(nodes::get).collect(Collectors.toUnmodifiableList());
    }

    /** {@return every problem found; empty for a valid route} */
    public List<GraphProblem> problems() {
        return problems;
    }

    /** Index of the first element with this id, or null: lets renderers point edges at nodes. */
    @Nullable
    Integer indexOf(String id) {
        return indexById.get(id);
    }

    private List<Integer> reachableFromStarts() {
        List<Integer> order = new ArrayList<>();
        BitSet seen = new BitSet(nodes.size());
        Deque<Integer> queue = new ArrayDeque<>();
        for (int s : starts) {
            seen.set(s);
            queue.add(s);
        }
        while (!queue.isEmpty()) {
            int n = queue.poll();
            order.add(n);
            for (int t : edges.get(n).values()) {
                if (!seen.get(t)) {
                    seen.set(t);
                    queue.add(t);
                }
            }
        }
        return order;
    }

    /** The checks, each adding to one list in the order of {@link GraphProblem.Kind}. */
    private final class Validation {

        private final List<GraphProblem> found = new ArrayList<>();

        List<GraphProblem> run() {
            startCount();
            duplicateAndMissingIds();
            danglingReferences();
            unreachable();
            cycles();
            noPathToEnd();
            return found;
        }

        private void add(GraphProblem.Kind kind, int index, String message) {
            String id = index < 0 ? "" : nodes.get(index).id();
            found.add(new GraphProblem(kind, id.isEmpty() ? null : id, message));
        }

        private String name(int index) {
            RouteElement e = nodes.get(index);
            return e.id().isEmpty() ? "element #" + index + " (" + e.type() + ", no id)" : "'" + e.id() + "'";
        }

        private void startCount() {
            if (starts.isEmpty()) {
                add(GraphProblem.Kind.NO_START, -1, "the route has no start element");
            } else if (starts.size() > 1) {
                String names = starts.stream().map(this::name).collect(Collectors.joining(", "));
                add(
                        GraphProblem.Kind.MULTIPLE_STARTS,
                        starts.get(1),
                        "the route has " + starts.size() + " start elements: " + names);
            }
        }

        private void duplicateAndMissingIds() {
            for (int i = 0; i < nodes.size(); i++) {
                String id = nodes.get(i).id();
                if (id.isEmpty()) {
                    add(GraphProblem.Kind.MISSING_ID, i, name(i) + " has no id");
                } else {
                    // every non-empty id is in the index (the constructor put it there), first index kept
                    int first = Objects.requireNonNull(indexById.get(id));
                    if (first != i) {
                        add(
                                GraphProblem.Kind.DUPLICATE_ID,
                                i,
                                "elements #" + first + " and #" + i + " share the id '" + id + "'");
                    }
                }
            }
        }

        private void danglingReferences() {
            for (int i = 0; i < nodes.size(); i++) {
                for (Map.Entry<String, String> out : nodes.get(i).outputs().entrySet()) {
                    if (!indexById.containsKey(out.getValue())) {
                        add(
                                GraphProblem.Kind.DANGLING_REFERENCE,
                                i,
                                "output '" + out.getKey() + "' of " + name(i) + " references '" + out.getValue()
                                        + "', which does not exist");
                    }
                }
            }
        }

        private void unreachable() {
            if (starts.isEmpty()) {
                return; // everything would be unreachable; NO_START says it once
            }
            BitSet reached = new BitSet(nodes.size());
            reachableFromStarts().forEach(reached::set);
            for (int i = 0; i < nodes.size(); i++) {
                if (!reached.get(i)) {
                    add(GraphProblem.Kind.UNREACHABLE, i, name(i) + " cannot be reached from the start element");
                }
            }
        }

        /** Tarjan's strongly connected components, iteratively: each cycle reported once. */
        private void cycles() {
            int n = nodes.size();
            int[] index = new int[n];
            int[] low = new int[n];
            java.util.Arrays.fill(index, -1);
            boolean[] onStack = new boolean[n];
            Deque<Integer> stack = new ArrayDeque<>();
            int[] nextEdge = new int[n];
            List<int[]> targets = new ArrayList<>(n);
            for (Map<String, Integer> e : edges) {
                targets.add(e.values().stream().mapToInt(Integer::intValue).toArray());
            }
            List<List<Integer>> components = new ArrayList<>();
            int counter = 0;
            for (int root = 0; root < n; root++) {
                if (index[root] >= 0) {
                    continue;
                }
                Deque<Integer> work = new ArrayDeque<>();
                work.push(root);
                index[root] = low[root] = counter++;
                stack.push(root);
                onStack[root] = true;
                while (!work.isEmpty()) {
                    int v = work.peek();
                    if (nextEdge[v] < targets.get(v).length) {
                        int w = targets.get(v)[nextEdge[v]++];
                        if (index[w] < 0) {
                            index[w] = low[w] = counter++;
                            stack.push(w);
                            onStack[w] = true;
                            work.push(w);
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], index[w]);
                        }
                    } else {
                        work.pop();
                        if (!work.isEmpty()) {
                            low[work.peek()] = Math.min(low[work.peek()], low[v]);
                        }
                        if (low[v] == index[v]) {
                            List<Integer> component = new ArrayList<>();
                            int w;
                            do {
                                w = stack.pop();
                                onStack[w] = false;
                                component.add(w);
                            } while (w != v);
                            boolean selfLoop =
                                    component.size() == 1 && edges.get(v).containsValue(v);
                            if (component.size() > 1 || selfLoop) {
                                Collections.sort(component);
                                components.add(component);
                            }
                        }
                    }
                }
            }
            components.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            for (List<Integer> c : components) {
                String members = c.stream().map(this::name).collect(Collectors.joining(" -> "));
                add(GraphProblem.Kind.CYCLE, c.get(0), "cycle through " + members);
            }
        }

        /** Backwards from every end element; what is not reached cannot reach an end. */
        private void noPathToEnd() {
            List<List<Integer>> incoming = new ArrayList<>(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                incoming.add(new ArrayList<>());
            }
            BitSet reachesEnd = new BitSet(nodes.size());
            Deque<Integer> queue = new ArrayDeque<>();
            for (int i = 0; i < nodes.size(); i++) {
                for (int t : edges.get(i).values()) {
                    incoming.get(t).add(i);
                }
                if (nodes.get(i) instanceof EndElement) {
                    reachesEnd.set(i);
                    queue.add(i);
                }
            }
            while (!queue.isEmpty()) {
                for (int from : incoming.get(queue.poll())) {
                    if (!reachesEnd.get(from)) {
                        reachesEnd.set(from);
                        queue.add(from);
                    }
                }
            }
            for (int i = 0; i < nodes.size(); i++) {
                if (!reachesEnd.get(i)) {
                    add(GraphProblem.Kind.NO_PATH_TO_END, i, "no path from " + name(i) + " reaches an end element");
                }
            }
        }
    }
}
