package dev.dynamicroutes.client;

import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The call running on this thread: its overall deadline and its per-call headers. Feign runs a
 * synchronous call, its retries and its waits on the caller's thread, so the client sets them here
 * around the call; the {@link BackoffRetryer} and the {@link DeadlineClient} read the deadline, the
 * request interceptor reads the headers.
 */
final class CallDeadline {

    private record Scope(Instant deadline, Map<String, String> headers) {}

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
        return scope == null ? null : scope.deadline();
    }

    /** The per-call headers of the current call (lower-case names), empty outside a call. */
    static Map<String, String> headers() {
        Scope scope = CURRENT.get();
        return scope == null ? Map.of() : scope.headers();
    }
}
