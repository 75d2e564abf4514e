package dev.dynamicroutes.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The memory rule of {@link PageFingerprints} as its class comment states it: eight bytes per page
 * in an open-addressing table that is never more than half full and starts at 64 slots, so the
 * table is the smallest power of two of at least 64 slots that holds twice the pages. The expected
 * sizes below are computed from that rule, not read back from the class.
 */
class PageFingerprintsTest {

    /** Header plus eight bytes a slot, for the table the rule allows after {@code pages} pages. */
    static long expectedBytes(int pages) {
        int slots = 64;
        while (slots < 2 * pages) {
            slots *= 2;
        }
        return 16L + 8L * slots;
    }

    static List<String> page(int p) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add("route-" + p + "-" + i);
        }
        return ids;
    }

    @Test
    void theTableGrowsExactlyWhenItWouldBecomeMoreThanHalfFull() {
        PageFingerprints fingerprints = new PageFingerprints();
        List<String> table = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int p = 1; p <= 300; p++) {
            assertThat(fingerprints.add(page(p))).as("page %d is new", p).isTrue();
            if (p == 1 || p == 32 || p == 33 || p == 64 || p == 65 || p == 128 || p == 129 || p == 300) {
                table.add(p + " pages: " + fingerprints.bytesHeld() + " bytes");
                expected.add(p + " pages: " + expectedBytes(p) + " bytes");
            }
        }

        assertThat(table).containsExactlyElementsOf(expected);
        // the rule itself, spelled out for the first growth
        assertThat(expectedBytes(32)).isEqualTo(16 + 8 * 64);
        assertThat(expectedBytes(33)).isEqualTo(16 + 8 * 128);
    }

    @Test
    void everyEarlierPageIsStillFoundAfterTheTableGrew() {
        PageFingerprints fingerprints = new PageFingerprints();
        for (int p = 1; p <= 200; p++) {
            fingerprints.add(page(p));
        }

        List<Integer> notFound = new ArrayList<>();
        for (int p = 1; p <= 200; p++) {
            List<String> rotated = new ArrayList<>(page(p));
            rotated.add(rotated.remove(0));
            if (fingerprints.add(rotated)) {
                notFound.add(p);
            }
        }

        assertThat(notFound).isEmpty();
        // repeats are not counted as pages: the table did not grow for them
        assertThat(fingerprints.bytesHeld()).isEqualTo(expectedBytes(200));
        assertThat(fingerprints).hasToString("PageFingerprints{pages=200, table=200}");
    }

    @Test
    void toStringCountsPagesNotIds() {
        PageFingerprints fingerprints = new PageFingerprints();
        assertThat(fingerprints).hasToString("PageFingerprints{pages=0, table=0}");

        fingerprints.add(List.of("a", "b"));
        fingerprints.add(List.of("b", "a"));
        fingerprints.add(List.of("c"));

        assertThat(fingerprints).hasToString("PageFingerprints{pages=2, table=2}");
    }

    @Test
    void anEmptyPageIsAPageLikeAnyOther() {
        // RepeatGuard never adds an empty page (an empty page ends a walk), but the set rule holds for it
        PageFingerprints fingerprints = new PageFingerprints();

        assertThat(fingerprints.add(List.of())).isTrue();
        assertThat(fingerprints.add(List.of())).isFalse();
        assertThat(fingerprints.add(List.of(""))).isTrue();
    }
}
