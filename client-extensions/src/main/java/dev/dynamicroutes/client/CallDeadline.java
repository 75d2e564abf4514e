package dev.dynamicroutes.client;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * The overall deadline of the call running on this thread, and how many attempts it has made. Feign
 * runs a synchronous call, its retries and its waits on the caller's thread, so the client sets the
 * deadline here around the call; the {@link BackoffRetryer}, the {@link DeadlineClient} and the
 * {@link HttpTransport} read it.
 */
final class CallDeadline {

    private static final class State {
        final Instant deadline;
        int attempts;

        State(Instant deadline) {
            this.deadline = deadline;
        }
    }

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    private CallDeadline() {}

    static <T> T runWithin(Instant deadline, Supplier<T> call) {
        State outer = CURRENT.get();
        CURRENT.set(new State(deadline));
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
        State state = CURRENT.get();
        return state == null ? null : state.deadline;
    }

    /** Counts an attempt of the current call and returns its number, 1 for the first (1 outside a call). */
    static int attempt() {
        State state = CURRENT.get();
        return state == null ? 1 : ++state.attempts;
    }

    /** Attempts the current call has made so far (0 outside a call). */
    static int attempts() {
        State state = CURRENT.get();
        return state == null ? 0 : state.attempts;
    }
}
