package dev.weeklysearch.search.rank;

import org.apache.lucene.util.FixedBitSet;

/**
 * How many of a list of document sets hold each document, counted 64 documents at a time: the
 * counts are kept as bit planes (plane {@code p} holds bit {@code p} of every document's count), so
 * adding a set is a ripple-carry addition over its words and "at least {@code m}" a comparison over
 * the planes, without visiting a document. The most-words pass of {@link Hybrid} matches the entries
 * holding at least half of the query's words; counting them this way costs the number of words
 * times the index's size in words, not the words' postings.
 */
final class BitCounts {
    private final int maxDoc;
    private final long[][] planes;
    private final int max;
    private int total;

    /** Counts up to {@code max} sets (a set added {@code times} times counts that many). */
    BitCounts(int maxDoc, int max) {
        this.maxDoc = maxDoc;
        this.max = max;
        int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, max));
        planes = new long[bits][FixedBitSet.bits2words(maxDoc)];
    }

    /** Counts each document of {@code set} {@code times} more times. */
    void add(FixedBitSet set, int times) {
        if (total + times > max) {
            throw new IllegalStateException("more sets than announced: " + (total + times));
        }
        total += times;
        long[] words = set.getBits();
        for (int t = 0; t < times; t++) {
            for (int i = 0; i < planes[0].length; i++) {
                long carry = words[i];
                for (int p = 0; p < planes.length && carry != 0; p++) {
                    long sum = planes[p][i] ^ carry;
                    carry &= planes[p][i];
                    planes[p][i] = sum;
                }
            }
        }
    }

    /** The documents counted at least {@code minimum} times ({@code minimum} ≥ 1). */
    FixedBitSet atLeast(int minimum) {
        FixedBitSet out = new FixedBitSet(maxDoc);
        if (minimum > total) {
            return out;
        }
        long[] bits = out.getBits();
        for (int i = 0; i < bits.length; i++) {
            // From the highest plane down: greater than the minimum so far, or equal to it so far.
            long greater = 0;
            long equal = -1L;
            for (int p = planes.length - 1; p >= 0; p--) {
                long x = planes[p][i];
                if ((minimum >>> p & 1) == 1) {
                    equal &= x;
                } else {
                    greater |= equal & x;
                    equal &= ~x;
                }
            }
            bits[i] = greater | equal;
        }
        return out;
    }
}
