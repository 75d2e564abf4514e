package dev.dynamicroutes.client;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The call running on this thread: its overall deadline, its per-call headers and how many attempts
 * it has made. Feign runs a synchronous call, its retries and its waits on the caller's thread, so
 * the client sets them here around the call; the {@link BackoffRetryer}, the {@link DeadlineClient}
 * and the {@link HttpTransport} read the deadline and count attempts, the request interceptor reads
 * the headers.
 */
final class CallDeadline {

    private static final class Scope {
        final Instant deadline;
        final Map<String, String> headers;
        int attempts;

        Scope(Instant deadline, Map<String, String> headers) {
            this.deadline = deadline;
            this.headers = headers;
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private CallDeadline() {}

    static <T> T runWithin(Instant deadline, Supplier<T> call) {
        return runWithin(deadline, Map.of(), call);
    }

    static <T> T runWithin(Instant deadline, Map<String, String> headers, Supplier<T> call) {
        Scope outer = CURRENT.get();
        CURRENT.set(new Scope(deadline, Map.copyOf(headers)));
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The deadline of the current call, or null outside a call. */
    static @Nullable Instant current() {
        Scope scope = CURRENT.get();
        return scope == null ? null : scope.deadline;
    }

    /** The per-call headers of the current call (lower-case names), empty outside a call. */
    static Map<String, String> headers() {
        Scope scope = CURRENT.get();
        return scope == null ? Map.of() : scope.headers;
    }

    /** Counts an attempt of the current call and returns its number, 1 for the first (1 outside a call). */
    static int attempt() {
        Scope scope = CURRENT.get();
        return scope == null ? 1 : ++scope.attempts;
    }
}
