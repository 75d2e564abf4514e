package dev.dynamicroutes.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The Java walkers of the peer benchmark ({@code benchmarks/peer/run.sh}), one per process, against
 * the Node pages server: {@code client} is this library ({@link PeerClientCalls}), {@code plain} the
 * {@code java.net.http} + Jackson {@code readTree} loop ({@link PlainJavaCalls}).
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.dynamicroutes.benchmarks.PeerWalk warm client http://127.0.0.1:40123/client/v4 40
 * java -cp benchmarks.jar dev.dynamicroutes.benchmarks.PeerWalk cold plain http://127.0.0.1:40123/client/v4
 * }</pre>
 *
 * <p>{@code warm} walks every route WALKS times and prints one JSON line with each walk's wall time;
 * a walk that reads a different number of routes or elements than the first ends the run with status
 * 1. {@code cold} sets up, fetches page 1 of {@value #PER_PAGE} and exits, printing how long set-up
 * and the call took inside the process (the driver times the whole process).
 */
public final class PeerWalk {

    static final int PER_PAGE = 50;

    private PeerWalk() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3
                || (args[0].equals("warm") && args.length < 4)
                || !List.of("warm", "cold").contains(args[0])
                || !List.of("client", "plain").contains(args[1])) {
            System.err.println("usage: PeerWalk warm|cold client|plain BASE_URL [WALKS]");
            System.exit(2);
        }
        String walker = args[1];
        String baseUrl = args[2];
        if (args[0].equals("cold")) {
            cold(walker, baseUrl);
        } else {
            warm(walker, baseUrl, Integer.parseInt(args[3]));
        }
    }

    private static void cold(String walker, String baseUrl) throws Exception {
        long start = System.nanoTime();
        PeerCounts counts;
        long setUp;
        if (walker.equals("client")) {
            PeerClientCalls calls = PeerClientCalls.connect(baseUrl);
            setUp = System.nanoTime();
            counts = calls.fetchPage(1, PER_PAGE);
        } else {
            PlainJavaCalls calls = PlainJavaCalls.connect(baseUrl);
            setUp = System.nanoTime();
            counts = calls.fetchPage(1, PER_PAGE);
        }
        long end = System.nanoTime();
        System.out.println("{\"setUpMillis\": " + millis(setUp - start) + ", \"firstCallMillis\": "
                + millis(end - setUp) + ", \"routes\": " + counts.routes() + ", \"elements\": "
                + counts.elements() + "}");
    }

    private static void warm(String walker, String baseUrl, int walks) throws Exception {
        PeerClientCalls client = walker.equals("client") ? PeerClientCalls.connect(baseUrl) : null;
        PlainJavaCalls plain = walker.equals("plain") ? PlainJavaCalls.connect(baseUrl) : null;
        List<String> walkMillis = new ArrayList<>(walks);
        PeerCounts first = null;
        for (int i = 0; i < walks; i++) {
            long start = System.nanoTime();
            PeerCounts counts = client != null ? client.walkAll(PER_PAGE) : plain.walkAll(PER_PAGE);
            walkMillis.add(millis(System.nanoTime() - start));
            if (first == null) {
                first = counts;
            } else if (!counts.equals(first)) {
                System.err.println("walk " + (i + 1) + " read " + counts + ", the first read " + first);
                System.exit(1);
            }
        }
        System.out.println("{\"walkMillis\": [" + String.join(", ", walkMillis) + "], \"routes\": "
                + first.routes() + ", \"elements\": " + first.elements() + ", \"runtime\": \"java "
                + System.getProperty("java.version") + "\"}");
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f", nanos / 1e6);
    }
}
