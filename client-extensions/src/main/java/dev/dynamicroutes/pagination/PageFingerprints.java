package dev.dynamicroutes.pagination;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * The pages of one walk, remembered as one 64-bit fingerprint each: a hash of the page's set of
 * route ids, independent of their order. A server that ignores {@code page} sends a set it has sent
 * before (the same page, the same routes rotated, or two result sets in turn), which a comparison
 * with only the previous page in order misses. Eight bytes per page (in an open-addressing table of
 * {@code long}s), never the routes: a 100 000-route walk of 2 000 pages keeps about 32 KiB.
 */
final class PageFingerprints {

    private long[] table = new long[64];
    private int size;

    /**
     * Adds the fingerprint of {@code ids}.
     *
     * @return false when a page with the same set of ids was added before
     */
    boolean add(Collection<String> ids) {
        // 0 marks an empty slot, so a fingerprint always has its low bit set: 63 bits stay, far more
        // than any walk needs, and no page needs a separate "fingerprint 0" flag
        long fingerprint = of(ids) | 1L;
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        if (!insert(table, fingerprint)) {
            return false;
        }
        size++;
        return true;
    }

    /**
     * Order-independent: the sum of the ids' 64-bit hashes, with the count, mixed. Two different sets
     * of ids share a sum with probability about 2^-64 per pair of pages, as for any 64-bit hash.
     */
    static long of(Collection<String> ids) {
        long sum = 0;
        for (String id : ids) {
            sum += hash(id);
        }
        return mix(sum + ids.size());
    }

    private static long hash(String id) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-8 bytes, then mixed
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3 (fmix64). */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static boolean insert(long[] table, long fingerprint) {
        int mask = table.length - 1;
        for (int i = (int) fingerprint & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = fingerprint;
                return true;
            }
            if (table[i] == fingerprint) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (long fingerprint : table) {
            if (fingerprint != 0) {
                insert(bigger, fingerprint);
            }
        }
        table = bigger;
    }

    /** Bytes held, for tests of the memory bound. */
    long bytesHeld() {
        return 16L + 8L * table.length;
    }

    @Override
    public String toString() {
        return "PageFingerprints{pages=" + size + ", table="
                + Arrays.stream(table).filter(f -> f != 0).count() + '}';
    }
}
