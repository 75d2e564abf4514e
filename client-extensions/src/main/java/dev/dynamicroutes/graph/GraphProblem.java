package dev.dynamicroutes.graph;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a route's graph.
 *
 * <pre>{@code
 * for (GraphProblem p : RouteGraph.of(route).problems()) {
 *   System.out.println(p.kind() + " at " + p.elementId() + ": " + p.message());
 * }
 * }</pre>
 *
 * @param kind what is wrong
 * @param elementId the element concerned, or null when the problem is about the whole route (no
 *     start) or the element has no id
 * @param message a sentence naming the elements and outputs involved
 */
public record GraphProblem(Kind kind, @Nullable String elementId, String message) {

    /**
     * The kinds of problem {@link RouteGraph} finds, in the order it reports them.
     *
     * <pre>{@code
     * boolean broken = graph.problems().stream().anyMatch(p -> p.kind() == GraphProblem.Kind.DANGLING_REFERENCE);
     * }</pre>
     */
    public enum Kind {
        /** The route has no start element. */
        NO_START,
        /** The route has more than one start element. */
        MULTIPLE_STARTS,
        /** Two or more elements share an id; references resolve to the first. */
        DUPLICATE_ID,
        /** An element has no id, so nothing can reference it. */
        MISSING_ID,
        /** An output references an element id that does not exist. */
        DANGLING_REFERENCE,
        /** No path from the start element leads to this element. */
        UNREACHABLE,
        /** Following outputs from this element can come back to it. */
        CYCLE,
        /** No path from this element leads to an end element. */
        NO_PATH_TO_END
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
