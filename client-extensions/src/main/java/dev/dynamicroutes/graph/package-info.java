/**
 * A route's elements seen as a directed graph: navigation from the start element, a validation
 * report ({@link dev.dynamicroutes.graph.RouteGraph#problems()}), and text renderings for Mermaid
 * ({@link dev.dynamicroutes.graph.MermaidFormat}) and Graphviz ({@link dev.dynamicroutes.graph.DotFormat}).
 */
package dev.dynamicroutes.graph;
