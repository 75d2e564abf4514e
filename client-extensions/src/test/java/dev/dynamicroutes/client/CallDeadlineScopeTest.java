package dev.dynamicroutes.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CallDeadline} as its methods document it: the deadline, headers and attempt count of the
 * call running on this thread, the documented defaults outside a call, nothing left on the thread
 * after a call (even one that threw), and an inner call that gives the outer one back its own.
 */
class CallDeadlineScopeTest {

    static final Instant OUTER = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant INNER = Instant.parse("2026-01-01T00:01:00Z");

    @Test
    void outsideACallTheDefaultsApplyAndNothingIsLeftAfterOne() {
        List<String> seen = new ArrayList<>();
        seen.add(describe("before"));
        CallDeadline.runWithin(OUTER, Map.of("x-team", "a"), () -> seen.add(describe("in")));
        seen.add(describe("after"));
        Throwable thrown = catchThrowable(() -> CallDeadline.runWithin(OUTER, () -> {
            throw new IllegalStateException("boom");
        }));
        seen.add(describe("after a throw"));

        assertThat(thrown).hasMessage("boom");
        assertThat(seen)
                .containsExactly(
                        "before: null {} 1",
                        "in: 2026-01-01T00:00:00Z {x-team=a} 1",
                        "after: null {} 1",
                        "after a throw: null {} 1");
    }

    @Test
    void attemptsAreCountedPerCallAndAnInnerCallRestoresTheOuter() {
        List<String> seen = new ArrayList<>();
        CallDeadline.runWithin(OUTER, Map.of("x-team", "outer"), () -> {
            seen.add("outer attempt " + CallDeadline.attempt());
            seen.add("outer attempt " + CallDeadline.attempt());
            CallDeadline.runWithin(INNER, Map.of("x-team", "inner"), () -> seen.add(describe("inner")));
            seen.add(describe("outer again"));
            return null;
        });

        assertThat(seen)
                .containsExactly(
                        "outer attempt 1",
                        "outer attempt 2",
                        "inner: 2026-01-01T00:01:00Z {x-team=inner} 1",
                        "outer again: 2026-01-01T00:00:00Z {x-team=outer} 3");
    }

    /** Where, deadline, headers, and the number the next attempt gets (counting it). */
    private static String describe(String where) {
        return where + ": " + CallDeadline.current() + " " + CallDeadline.headers() + " " + CallDeadline.attempt();
    }
}
