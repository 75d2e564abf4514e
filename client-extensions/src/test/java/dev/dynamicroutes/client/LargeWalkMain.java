package dev.dynamicroutes.client;

import dev.dynamicroutes.element.Route;

/**
 * Run in a child JVM with a small heap by {@link LargeWalkMemoryTest}: walks every route the given
 * server has and prints how many it saw, checking they arrive in order.
 */
public final class LargeWalkMain {

    private LargeWalkMain() {}

    public static void main(String[] args) {
        DynamicRoutesClient client = DynamicRoutesClient.builder()
                .baseUrl(args[0])
                .apiToken("memory-test-token")
                .logLevel(LogLevel.NONE)
                .build();
        long count = 0;
        for (Route route : client.listRoutesPaginator("acc", "gw").routes()) {
            if (!route.id().equals("r" + count)) {
                throw new IllegalStateException("route " + count + " has id " + route.id());
            }
            count++;
        }
        System.out.println(
                "walked=" + count + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
