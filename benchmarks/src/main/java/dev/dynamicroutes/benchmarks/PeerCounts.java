package dev.dynamicroutes.benchmarks;

/**
 * What one walk or page fetch of the peer benchmark read: every walker counts routes and elements,
 * so a short walk is caught, and touching every element keeps the work from being skipped.
 *
 * <pre>{@code
 * PeerCounts counts = new PeerCounts(10_000, 120_000);
 * }</pre>
 */
record PeerCounts(long routes, long elements) {}
