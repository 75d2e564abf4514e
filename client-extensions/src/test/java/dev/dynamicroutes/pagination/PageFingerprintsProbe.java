package dev.dynamicroutes.pagination;

import java.util.Collection;
import java.util.List;

/** Reaches the package-private {@link PageFingerprints} from other test packages. */
public final class PageFingerprintsProbe {

    private PageFingerprintsProbe() {}

    public static long of(Collection<String> ids) {
        return PageFingerprints.of(ids);
    }

    /** Bytes held after {@code pages} distinct pages of 50 ids. */
    public static long bytesHeldAfter(int pages) {
        PageFingerprints fingerprints = new PageFingerprints();
        for (int p = 0; p < pages; p++) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                ids.add("route-" + p + "-" + i);
            }
            if (!fingerprints.add(ids)) {
                throw new AssertionError("distinct pages taken for a repeat at page " + p);
            }
        }
        return fingerprints.bytesHeld();
    }
}
