package dev.dynamicroutes.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link PagingBenchmark}'s client paginator and raw loop, walked in alternating pairs in one JVM, for
 * a busy machine: JMH measures one benchmark after the other, so a load that changes between them
 * lands in the ratio (on the shared 2-core build machine, two runs of the same code gave ratios of
 * 0.8 and 2.3). Here each pair runs both walks back to back, in alternating order, and the figure is
 * the median over pairs of (paginator ÷ raw loop) of wall time and of process CPU time (every thread:
 * the walker, {@code java.net.http}'s threads, the in-process server, JIT and GC). CPU time hardly
 * depends on the other processes; wall time also counts the waits when a thread hands bytes to
 * another, which a loaded machine stretches.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.dynamicroutes.benchmarks.PagingPairs 30
 * }</pre>
 *
 * Prints one JSON line: pairs, warm-up walks, medians per walker and the median pair ratios.
 */
public final class PagingPairs {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Requests per walk: 200 full pages and the empty page 201. */
    private static final int REQUESTS = PagingBenchmark.ROUTES / PagingBenchmark.PER_PAGE + 1;

    private PagingPairs() {}

    public static void main(String[] args) throws Exception {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PagingBenchmark walks = new PagingBenchmark();
        walks.setUp(BLACKHOLE); // fails unless both walkers see every route
        try {
            for (int i = 0; i < warmUp; i++) {
                walks.paginator(BLACKHOLE);
                walks.rawLoop(BLACKHOLE);
            }
            List<Double> wallRatios = new ArrayList<>();
            List<Double> cpuRatios = new ArrayList<>();
            List<Double> clientWall = new ArrayList<>();
            List<Double> rawWall = new ArrayList<>();
            List<Double> clientCpu = new ArrayList<>();
            List<Double> rawCpu = new ArrayList<>();
            List<Double> clientThreadCpu = new ArrayList<>();
            List<Double> rawThreadCpu = new ArrayList<>();
            List<Double> clientWaits = new ArrayList<>();
            List<Double> rawWaits = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                double[] client;
                double[] raw;
                if (i % 2 == 0) {
                    client = time(os, () -> walks.paginator(BLACKHOLE));
                    raw = time(os, () -> walks.rawLoop(BLACKHOLE));
                } else {
                    raw = time(os, () -> walks.rawLoop(BLACKHOLE));
                    client = time(os, () -> walks.paginator(BLACKHOLE));
                }
                clientWall.add(client[0]);
                rawWall.add(raw[0]);
                clientCpu.add(client[1]);
                rawCpu.add(raw[1]);
                clientThreadCpu.add(client[2]);
                rawThreadCpu.add(raw[2]);
                clientWaits.add(client[3]);
                rawWaits.add(raw[3]);
                wallRatios.add(client[0] / raw[0]);
                cpuRatios.add(client[1] / raw[1]);
            }
            System.out.println(String.format(
                    Locale.ROOT,
                    "{\"pairs\": %d, \"warmUpPairs\": %d, \"paginatorWallMs\": %.1f, \"rawLoopWallMs\": %.1f,"
                            + " \"paginatorCpuMs\": %.1f, \"rawLoopCpuMs\": %.1f, \"paginatorWalkerCpuMs\": %.1f,"
                            + " \"rawLoopWalkerCpuMs\": %.1f, \"paginatorWalkerWaitsPerRequest\": %.2f,"
                            + " \"rawLoopWalkerWaitsPerRequest\": %.2f, \"wallRatio\": %.3f, \"cpuRatio\": %.3f,"
                            + " \"load\": %.2f}",
                    pairs,
                    warmUp,
                    median(clientWall),
                    median(rawWall),
                    median(clientCpu),
                    median(rawCpu),
                    median(clientThreadCpu),
                    median(rawThreadCpu),
                    median(clientWaits) / REQUESTS,
                    median(rawWaits) / REQUESTS,
                    median(wallRatios),
                    median(cpuRatios),
                    os.getSystemLoadAverage()));
        } finally {
            walks.tearDown();
        }
    }

    /** A walk to time. */
    private interface Walk {
        long run() throws Exception;
    }

    /**
     * {wall ms, process CPU ms, walking thread's CPU ms, times the walking thread blocked} of one walk,
     * which must read every route.
     */
    private static double[] time(com.sun.management.OperatingSystemMXBean os, Walk walk) throws Exception {
        long waits = voluntarySwitches();
        long cpu = os.getProcessCpuTime();
        long thread = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long routes = walk.run();
        long wall = System.nanoTime() - start;
        thread = THREADS.getCurrentThreadCpuTime() - thread;
        cpu = os.getProcessCpuTime() - cpu;
        waits = voluntarySwitches() - waits;
        if (routes != PagingBenchmark.ROUTES) {
            throw new IllegalStateException("a walk read " + routes + " routes, not " + PagingBenchmark.ROUTES);
        }
        return new double[] {wall / 1e6, cpu / 1e6, thread / 1e6, waits};
    }

    /**
     * How often this thread has blocked so far (Linux: {@code voluntary_ctxt_switches} of
     * {@code /proc/thread-self/status}; 0 elsewhere): each is a hand-over from another thread to wait for.
     */
    private static long voluntarySwitches() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
                if (line.startsWith("voluntary_ctxt_switches:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the figure is left out (0)
        }
        return 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
