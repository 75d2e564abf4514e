/**
 * A route's elements seen as a directed graph: navigation from the start element, a validation
 * report ({@link dev.dynamicroutes.graph.RouteGraph#problems()}, empty when the graph is valid), and text renderings for Mermaid ({@link
 * dev.dynamicroutes.graph.MermaidFormat}) and Graphviz ({@link dev.dynamicroutes.graph.DotFormat}).
 *
 * <p>Node labels come from {@link dev.dynamicroutes.element.RouteElement#label()} (the element table
 * decides them, so a new kind needs no change here). An element with an empty id (only an unknown
 * kind can have one) is reported as {@code MISSING_ID} and can be no edge's target.
 */
@NullMarked
package dev.dynamicroutes.graph;

import org.jspecify.annotations.NullMarked;
