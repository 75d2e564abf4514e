package dev.dynamicroutes.client;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The overall deadline of the call running on this thread. Feign runs a synchronous call, its
 * retries and its waits on the caller's thread, so the client sets the deadline here around the call
 * and both the {@link BackoffRetryer} and the {@link DeadlineClient} read it.
 */
final class CallDeadline {

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    private CallDeadline() {}

    static <T> T runWithin(Instant deadline, Supplier<T> call) {
        Instant outer = CURRENT.get();
        CURRENT.set(deadline);
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
    static Instant current() {
        return CURRENT.get();
    }
}
