package dev.dynamicroutes.benchmarks;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import dev.dynamicroutes.client.DynamicRoutesClient;
import dev.dynamicroutes.element.Route;
import dev.dynamicroutes.pagination.PaginationOptions;
import dev.dynamicroutes.pagination.RoutesPage;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Benchmark 3, memory: walks {@code --routes} routes (default 100 000, {@value #PER_PAGE} per page)
 * with the client's paginator from an in-process server that generates every page on the fly and
 * keeps none, in a JVM meant to be started with {@code -Xmx64m} (the run refuses a larger heap). Run
 * it as {@code java -Xmx64m -cp benchmarks.jar dev.dynamicroutes.benchmarks.MemoryRun [--routes N]
 * [--json FILE]}.
 *
 * <p>What it reports and why it proves that about one page is retained:
 * <ul>
 *   <li><b>one page retained</b>: live heap (after a full GC) while holding one decoded
 *       {@code RoutesPage} minus live heap without it, measured before the walk;
 *   <li><b>live heap during the walk</b>: a full GC and a heap reading on the first route of every
 *       {@value #SAMPLE_EVERY_PAGES}th page; its maximum minus the live heap before the walk is what the
 *       walk retains, compared to one page: a ratio near 1 means one page, and it cannot grow with
 *       the number of pages walked (all pages together would be {@code pages ×} one page, far beyond
 *       the 64 MB heap);
 *   <li><b>peak heap after any GC</b>: the largest "used after GC" over every collection of the walk
 *       (GC notifications), which also catches moments inside a page fetch (response body, Jackson
 *       tree, the previous and the next page both alive).
 * </ul>
 * Exits with status 1 when the walk does not see every route exactly once in order, or when the
 * walk retains more than {@value #MAX_PAGES_RETAINED} pages' worth.
 */
public final class MemoryRun {

    static final int PER_PAGE = 50;
    static final int SAMPLE_EVERY_PAGES = 50;
    static final double MAX_PAGES_RETAINED = 2.0;
    static final long MAX_HEAP_ALLOWED = 64L * 1024 * 1024;

    private MemoryRun() {}

    public static void main(String[] args) throws Exception {
        int routes = 100_000;
        Path json = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--routes" -> routes = Integer.parseInt(args[++i]);
                case "--json" -> json = Path.of(args[++i]);
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i] + "; use --routes N --json FILE");
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (maxHeap > MAX_HEAP_ALLOWED) {
            System.err.println(
                    "MemoryRun measures a small heap: start it with -Xmx64m (max heap now " + mb(maxHeap) + ")");
            System.exit(2);
        }
        Map<String, Object> result = run(routes);
        String text = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build()
                .writeValueAsString(result);
        System.out.println(text);
        if (json != null) {
            Files.createDirectories(json.toAbsolutePath().getParent());
            Files.writeString(json, text + "\n");
        }
        if (!Boolean.TRUE.equals(result.get("passed"))) {
            System.err.println("MemoryRun FAILED: " + result.get("verdict"));
            System.exit(1);
        }
    }

    static Map<String, Object> run(int totalRoutes) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (RoutesServer server = RoutesServer.onTheFly(totalRoutes)) {
            DynamicRoutesClient client = DynamicRoutesClient.builder()
                    .apiToken("benchmark-token")
                    .baseUrl(server.baseUrl())
                    .build();
            PaginationOptions options =
                    PaginationOptions.builder().pageSize(PER_PAGE).build();

            // warm up the code paths once so that class loading is not counted as "retained by the walk"
            client.listRoutes(RoutePages.ACCOUNT, RoutePages.GATEWAY, 1, PER_PAGE);
            long liveWithout = liveHeap(memory);
            RoutesPage onePage = client.listRoutes(RoutePages.ACCOUNT, RoutePages.GATEWAY, 2, PER_PAGE);
            long liveWithOnePage;
            try {
                liveWithOnePage = liveHeap(memory);
            } finally {
                Reference.reachabilityFence(onePage);
            }
            long onePageRetained = Math.max(1, liveWithOnePage - liveWithout);
            onePage = null;
            int onePageWireBytes = server.body(2, PER_PAGE).length;

            long liveBefore = liveHeap(memory);
            PeakAfterGc peakAfterGc = PeakAfterGc.listen();
            long walked = 0;
            long maxLiveDuringWalk = 0;
            int samples = 0;
            long started = System.nanoTime();
            for (Route route : client.listRoutesPaginator(RoutePages.ACCOUNT, RoutePages.GATEWAY, options)
                    .routes()) {
                String expected = String.format("01JC9Z4V9X6QK7QK%010d", walked);
                if (!expected.equals(route.id()) || route.elements().size() != RoutePages.ELEMENTS_PER_ROUTE) {
                    throw new IllegalStateException("route " + walked + " is " + route + ", expected id " + expected);
                }
                if (walked % ((long) PER_PAGE * SAMPLE_EVERY_PAGES) == 0) {
                    maxLiveDuringWalk = Math.max(maxLiveDuringWalk, liveHeap(memory));
                    samples++;
                }
                walked++;
            }
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            peakAfterGc.stop();

            int pages = (totalRoutes + PER_PAGE - 1) / PER_PAGE;
            long retainedByWalk = Math.max(0, maxLiveDuringWalk - liveBefore);
            double pagesRetained = (double) retainedByWalk / onePageRetained;
            boolean complete = walked == totalRoutes;
            boolean onePageOnly = pagesRetained <= MAX_PAGES_RETAINED;

            Map<String, Object> r = new LinkedHashMap<>();
            r.put("routes", totalRoutes);
            r.put("routesWalked", walked);
            r.put("perPage", PER_PAGE);
            r.put("pages", pages);
            r.put("requests", server.requests());
            r.put("walkMillis", elapsedMs);
            r.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            r.put("garbageCollectors", collectorNames());
            r.put("onePageWireBytes", onePageWireBytes);
            r.put("onePageRetainedBytes", onePageRetained);
            r.put("allPagesIfRetainedBytes", onePageRetained * pages);
            r.put("liveHeapBeforeWalkBytes", liveBefore);
            r.put("maxLiveHeapDuringWalkBytes", maxLiveDuringWalk);
            r.put("liveHeapSamples", samples);
            r.put("retainedByWalkBytes", retainedByWalk);
            r.put("retainedByWalkInPages", Math.round(pagesRetained * 100) / 100.0);
            r.put("peakHeapAfterAnyGcBytes", peakAfterGc.peak());
            r.put("collectionsDuringWalk", peakAfterGc.collections());
            r.put("passed", complete && onePageOnly);
            r.put(
                    "verdict",
                    !complete
                            ? "walked " + walked + " of " + totalRoutes + " routes"
                            : onePageOnly
                                    ? "the walk retains about " + r.get("retainedByWalkInPages") + " page(s)"
                                    : "the walk retains " + r.get("retainedByWalkInPages") + " pages' worth, more than "
                                            + MAX_PAGES_RETAINED);
            return r;
        }
    }

    /** Heap in use after a full collection: what is reachable. */
    private static long liveHeap(MemoryMXBean memory) {
        // twice: the first collection may only enqueue finalizable/reference-processed objects
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static List<String> collectorNames() {
        List<String> names = new ArrayList<>();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            names.add(gc.getName());
        }
        return names;
    }

    private static String mb(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** The largest heap in use right after any collection, summed over the heap pools, from GC notifications. */
    private static final class PeakAfterGc {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();
        private final List<Runnable> unsubscribe = new ArrayList<>();

        static PeakAfterGc listen() {
            PeakAfterGc listener = new PeakAfterGc();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                javax.management.NotificationListener l = (notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            notification.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info =
                            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> pool :
                            info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (isHeapPool(pool.getKey())) {
                            used += pool.getValue().getUsed();
                        }
                    }
                    long total = used;
                    listener.peak.accumulateAndGet(total, Math::max);
                    listener.collections.incrementAndGet();
                };
                emitter.addNotificationListener(l, null, null);
                listener.unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(l);
                    } catch (javax.management.ListenerNotFoundException e) {
                        // already gone
                    }
                });
            }
            return listener;
        }

        private static boolean isHeapPool(String name) {
            for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getName().equals(name)) {
                    return pool.getType() == java.lang.management.MemoryType.HEAP;
                }
            }
            return false;
        }

        long peak() {
            return peak.get();
        }

        long collections() {
            return collections.get();
        }

        void stop() {
            unsubscribe.forEach(Runnable::run);
        }
    }
}
