package dev.dynamicroutes.client;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted while a call waited for the network. Never retried: the
 * interrupt is a request to stop. The thread's interrupt flag is set again before this is thrown.
 */
final class CallInterruptedException extends IOException {

    private static final long serialVersionUID = 1L;

    CallInterruptedException(String while_, @Nullable Throwable cause) {
        super("the calling thread was interrupted while " + while_, cause);
    }
}
