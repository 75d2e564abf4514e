package dev.dynamicroutes.client;

import static dev.dynamicroutes.client.TestBodies.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.dynamicroutes.pagination.RoutesPage;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * 32 threads × 1 000 calls through one shared client. The loopback server derives every answer from
 * the request (the gateway id in the path becomes the route id and the cf-ray), so each call's data
 * is distinct and a response delivered to the wrong caller, or mixed up headers, would be seen.
 */
class ConcurrencyStressTest {

    static final int THREADS = 32;
    static final int CALLS_PER_THREAD = 1_000;

    @Test
    void everyThreadReceivesExactlyItsOwnData() throws Exception {
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                String gateway = path.replaceAll(".*/gateways/([^/]+)/routes$", "$1");
                byte[] body = TestBodies.page(1, 1, List.of(gateway)).getBytes(StandardCharsets.UTF_8);
                // counted before the answer is written: counted after, the client could hold its last answer
                // (and the test read the counter) before the handler thread got there (the 31 999 flake)
                served.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("cf-ray", "ray-" + gateway);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.start();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            DynamicRoutesClient client = TestClients.builder(
                            "http://127.0.0.1:" + server.getAddress().getPort(), new TestClients.FakeTime())
                    .build();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        String gateway = "t" + thread + "-c" + i;
                        RoutesPage page = client.listRoutes(ACCOUNT, gateway, 1, 1);
                        if (page.routes().size() != 1
                                || !page.routes().get(0).id().equals(gateway)
                                || !page.cfRay().orElse("").equals("ray-" + gateway)) {
                            throw new AssertionError("thread " + thread + " call " + i + " got " + page);
                        }
                        mine++;
                    }
                    return mine;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(5, TimeUnit.MINUTES);
            }

            assertThat(total).isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(served.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
        } finally {
            pool.shutdownNow();
            server.stop(0);
        }
    }
}
