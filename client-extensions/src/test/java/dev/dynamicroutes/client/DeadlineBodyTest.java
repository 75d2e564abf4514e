package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadlineBody} as the transport relies on it: the demand it gives the network (a window of 16
 * chunks, topped up by 8 every 8 chunks read), reads of every size, {@code available()}, and closing a
 * body before its end. Fed directly where the exact demand matters, over a loopback server otherwise.
 */
class DeadlineBodyTest {

    private static final long FAR = TimeUnit.SECONDS.toNanos(30);

    /** The demand and cancels a body gives its subscription, in order. */
    private static final class RecordingSubscription implements Flow.Subscription {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Override
        public void request(long n) {
            calls.add("request " + n);
        }

        @Override
        public void cancel() {
            calls.add("cancel");
        }
    }

    private record Info(int statusCode, HttpHeaders headers, HttpClient.Version version)
            implements HttpResponse.ResponseInfo {}

    private static DeadlineBody body(long deadlineNanos) {
        Info info = new Info(200, HttpHeaders.of(Map.of(), (a, b) -> true), HttpClient.Version.HTTP_1_1);
        return new DeadlineBody(info, deadlineNanos, 1_000, "127.0.0.1:1 (attempt 1)", ServerText.NO_SECRETS);
    }

    private static List<ByteBuffer> chunk(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return List.of(ByteBuffer.wrap(b));
    }

    @Test
    void demandIsAWindowOf16ToppedUpBy8AfterEvery8ChunksRead() throws IOException {
        DeadlineBody body = body(System.nanoTime() + FAR);
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            body.onNext(chunk(i));
        }
        body.onComplete();
        for (int i = 0; i < 20; i++) {
            assertThat(body.read()).isEqualTo(i);
            seen.add("after " + (i + 1) + ": " + s.calls);
        }
        assertThat(body.read()).isEqualTo(-1);
        // a chunk counts as read when the next read moves past it: the 8th top-up comes with the 9th read
        assertThat(seen.get(7)).isEqualTo("after 8: [request 16]");
        assertThat(seen.get(8)).isEqualTo("after 9: [request 16, request 8]");
        assertThat(seen.get(15)).isEqualTo("after 16: [request 16, request 8]");
        assertThat(seen.get(16)).isEqualTo("after 17: [request 16, request 8, request 8]");
        assertThat(s.calls).containsExactly("request 16", "request 8", "request 8");
    }

    @Test
    void aSecondSubscriptionIsCancelledAndGivenNoDemand() {
        DeadlineBody body = body(System.nanoTime() + FAR);
        RecordingSubscription first = new RecordingSubscription();
        RecordingSubscription second = new RecordingSubscription();
        body.onSubscribe(first);
        body.onSubscribe(second);
        assertThat(first.calls).containsExactly("request 16");
        assertThat(second.calls).containsExactly("cancel");
    }

    @Test
    void singleByteReadsZeroLengthReadsAndAvailableBeforeAtAndAfterTheEnd() throws IOException {
        // the deadline has passed: any read that waited for the network would time out
        DeadlineBody body = body(System.nanoTime());
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        List<String> table = new ArrayList<>();
        table.add("available, nothing here yet: " + body.available());
        table.add("read of length 0, nothing here: " + body.read(new byte[4], 0, 0));
        body.onNext(chunk(0xff, 0x00, 0x41));
        table.add("read(): " + body.read());
        table.add("available, 2 bytes left in the chunk: " + body.available());
        table.add("read(): " + body.read());
        table.add("read(): " + body.read());
        table.add("available, chunk read, body not ended: " + body.available());
        body.onComplete();
        table.add("read() at the end: " + body.read());
        table.add("available at the end: " + body.available());
        table.add("read(byte[]) at the end again: " + body.read(new byte[4], 0, 4));
        table.add("read of length 0 at the end: " + body.read(new byte[4], 0, 0));
        assertThat(table)
                .containsExactly(
                        "available, nothing here yet: 1",
                        "read of length 0, nothing here: 0",
                        "read(): 255",
                        "available, 2 bytes left in the chunk: 2",
                        "read(): 0",
                        "read(): 65",
                        "available, chunk read, body not ended: 1",
                        "read() at the end: -1",
                        "available at the end: 0",
                        "read(byte[]) at the end again: -1",
                        "read of length 0 at the end: 0");
        assertThat(s.calls).containsExactly("request 16");
    }

    @Test
    void aBodyClosedBeforeItsEndCancelsTheTransferHasNothingAvailableAndRefusesReads() throws IOException {
        DeadlineBody body = body(System.nanoTime() + FAR);
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        assertThat(body.available()).isEqualTo(1);
        body.close();
        body.close(); // a second close does nothing more
        assertThat(s.calls).containsExactly("request 16", "cancel");
        assertThat(body.available()).isZero();
        assertThatThrownBy(body::read)
                .isInstanceOf(IOException.class)
                .hasMessage("the response body from 127.0.0.1:1 (attempt 1) is closed");
    }

    @Test
    void aBodyClosedAtItsEndCancelsNothing() throws IOException {
        DeadlineBody body = body(System.nanoTime() + FAR);
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        body.onComplete();
        assertThat(body.read()).isEqualTo(-1);
        body.close();
        assertThat(s.calls).containsExactly("request 16");
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsCancelledAndTimesOut() {
        DeadlineBody body = body(System.nanoTime());
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        assertThatThrownBy(body::read)
                .isInstanceOf(HttpTimeoutException.class)
                .hasMessage("the response body from 127.0.0.1:1 (attempt 1) did not arrive within the request"
                        + " timeout of 1000 ms");
        assertThat(s.calls).containsExactly("request 16", "cancel");
    }

    @Test
    void aReadInterruptedWhileWaitingCancelsTheTransfer() {
        DeadlineBody body = body(System.nanoTime() + FAR);
        RecordingSubscription s = new RecordingSubscription();
        body.onSubscribe(s);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(body::read)
                    .isInstanceOf(CallInterruptedException.class)
                    .hasMessageContaining("reading the response body from 127.0.0.1:1 (attempt 1)");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(s.calls).containsExactly("request 16", "cancel");
    }

    @Test
    void aFailureWithoutAMessageIsNamedByItsType() {
        DeadlineBody body = body(System.nanoTime() + FAR);
        body.onSubscribe(new RecordingSubscription());
        body.onError(new java.io.EOFException());
        assertThatThrownBy(body::read)
                .isInstanceOf(IOException.class)
                .hasMessage("the connection to 127.0.0.1:1 (attempt 1) failed while reading the body: EOFException");
    }

    // --- over a loopback server ---

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static DeadlineBody send(HttpClient http, String url) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FAR;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, info -> new DeadlineBody(info, deadline, 30_000, "loopback", ServerText.NO_SECRETS))
                .body();
    }

    @Test
    void aBodyFarLargerThanTheWindowIsReadWholeAndIntact() throws Exception {
        // 4 MiB written in 4 KiB pieces: hundreds of chunks, so reading it needs many demand top-ups
        byte[] expected = new byte[4 << 20];
        new Random(13).nextBytes(expected);
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
                    out.write(ScriptedServer.head(200, "Content-Length: " + expected.length));
                    for (int at = 0; at < expected.length; at += 4096) {
                        out.write(expected, at, 4096);
                        out.flush();
                    }
                });
                InputStream body = send(http(), server.baseUrl() + "/big")) {
            assertThat(body.readAllBytes()).isEqualTo(expected);
            assertThat(body.read()).isEqualTo(-1);
        }
    }

    @Test
    void closingABodyBeforeItsEndStopsTheTransfer() throws Exception {
        // the server offers 256 MiB; once the client closes the body after 1 KiB its writes must fail
        // (connection closed) instead of blocking for want of demand
        CountDownLatch writeFailed = new CountDownLatch(1);
        byte[] piece = new byte[64 << 10];
        try (ScriptedServer server = new ScriptedServer((n, out) -> {
            try {
                out.write(ScriptedServer.head(200, "Content-Length: " + (256L << 20)));
                for (int i = 0; i < 4096; i++) {
                    out.write(piece);
                }
            } catch (IOException e) {
                writeFailed.countDown();
                throw e;
            }
        })) {
            InputStream body = send(http(), server.baseUrl() + "/endless");
            assertThat(body.readNBytes(1024)).hasSize(1024);
            body.close();
            assertThat(writeFailed.await(20, TimeUnit.SECONDS))
                    .as("the server's writes failed after the close")
                    .isTrue();
        }
    }
}
