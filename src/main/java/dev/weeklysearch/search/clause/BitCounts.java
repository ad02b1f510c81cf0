package dev.weeklysearch.search.clause;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * How many of a list of document sets hold each document, counted 64 documents at a time: the
 * counts are kept as bit planes (plane {@code p} holds bit {@code p} of every document's count), so
 * adding a set is a ripple-carry addition over its words and "at least {@code m}" a comparison over
 * the planes, without visiting a document. The most-words pass of {@code Hybrid} matches the entries
 * holding at least half of the query's words; counting them this way costs the number of words
 * times the index's size in words, not the words' postings.
 */
final class BitCounts {
    private final long[][] planes;
    private final int max;
    private int total;

    /** Sets in {@code into} the documents of {@code within} (all when null) one part matches. */
    interface Part {
        void match(FixedBitSet within, FixedBitSet into) throws IOException;
    }

    /**
     * The documents of {@code domain} (all when null) that at least {@code minimum} of the parts
     * match, part {@code i} counting {@code times[i]} times. The parts are read in the order given
     * (cheapest first, for the caller), a costly one only where a document can still reach the
     * minimum: one holding fewer than the minimum less the weight still unread can never reach it.
     * Finding those documents is a pass over the counts (their planes times the index's words), so a
     * part whose {@code costs[i]} (its postings, roughly) is below that is read over the whole domain.
     * Exact: a document left out of a part's domain ends below the minimum whatever it holds.
     */
    static FixedBitSet atLeast(List<Part> parts, long[] costs, int[] times, int minimum, FixedBitSet domain,
            BitSets sets) throws IOException {
        int unread = 0;
        for (int t : times) {
            unread += t;
        }
        BitCounts counts = new BitCounts(sets, unread);
        long narrowing = (long) counts.planes.length * counts.planes[0].length;
        FixedBitSet docs = sets.take();
        FixedBitSet within = null;
        for (int i = 0; i < parts.size(); i++) {
            int need = minimum - unread;
            boolean narrow = need > 0 && costs[i] >= narrowing;
            if (narrow) {
                // Counted only within the domain, so these are the domain's documents that can still reach it.
                within = counts.atLeast(need, within == null ? sets.take() : within);
                if (within.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
            }
            parts.get(i).match(narrow ? within : domain, docs);
            counts.addAndClear(docs, times[i]);
            unread -= times[i];
        }
        return counts.atLeast(minimum, sets.take());
    }

    /**
     * Counts up to {@code max} sets (a set added {@code times} times counts that many), its planes
     * taken from {@code sets} (empty: each is a cleared set's words).
     */
    BitCounts(BitSets sets, int max) {
        this.max = max;
        this.planes = planesOf(sets, planes(max));
    }

    private static int planes(int max) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, max));
    }

    private static long[][] planesOf(BitSets sets, int n) {
        long[][] planes = new long[n][];
        for (int p = 0; p < n; p++) {
            planes[p] = sets.take().getBits();
        }
        return planes;
    }

    /** Counts each document of {@code set} {@code times} more times, and empties {@code set} in the same pass. */
    void addAndClear(FixedBitSet set, int times) {
        if (total + times > max) {
            throw new IllegalStateException("more sets than announced: " + (total + times));
        }
        total += times;
        long[] words = set.getBits();
        for (int i = 0; i < words.length; i++) {
            long bits = words[i];
            if (bits == 0) {
                continue;
            }
            words[i] = 0;
            for (int t = 0; t < times; t++) {
                long carry = bits;
                for (int p = 0; p < planes.length && carry != 0; p++) {
                    long sum = planes[p][i] ^ carry;
                    carry &= planes[p][i];
                    planes[p][i] = sum;
                }
            }
        }
    }

    /** The documents counted at least {@code minimum} times ({@code minimum} ≥ 1), written into {@code out} (cleared first). */
    FixedBitSet atLeast(int minimum, FixedBitSet out) {
        if (minimum > total) {
            out.clear();
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
