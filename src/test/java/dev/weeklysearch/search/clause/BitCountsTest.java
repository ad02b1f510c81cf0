package dev.weeklysearch.search.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class BitCountsTest {
    @Test
    void atLeastGivesTheDocumentsCountedThatManyTimesAsCountingOneByOneDoes() {
        Random random = new Random(22);
        // Not a multiple of 64: the last word is partly past the end.
        int maxDoc = 1_000;
        int[] times = {1, 3, 1, 2, 1, 1, 4};
        int total = 13;
        BitCounts counts = new BitCounts(new BitSets(maxDoc), total);
        int[] expected = new int[maxDoc];
        for (int t : times) {
            FixedBitSet set = new FixedBitSet(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                if (random.nextInt(3) == 0) {
                    set.set(d);
                    expected[d] += t;
                }
            }
            counts.addAndClear(set, t);
        }
        for (int minimum = 1; minimum <= total + 1; minimum++) {
            FixedBitSet atLeast = counts.atLeast(minimum, new FixedBitSet(maxDoc));
            assertThat(atLeast.length()).isEqualTo(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                assertThat(atLeast.get(d)).as("doc %d at least %d", d, minimum).isEqualTo(expected[d] >= minimum);
            }
        }
    }

    @Test
    void partsReadOnlyWhereTheMinimumIsStillReachableCountAsEveryPartReadEverywhere() throws IOException {
        Random random = new Random(23);
        int maxDoc = 1_000;
        int[] times = {1, 2, 1, 1, 3, 1};
        List<FixedBitSet> sets = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            FixedBitSet set = new FixedBitSet(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                if (random.nextInt(2) == 0) {
                    set.set(d);
                }
            }
            sets.add(set);
        }
        FixedBitSet domain = new FixedBitSet(maxDoc);
        domain.set(0, 700);
        long[] cheap = new long[times.length];
        long[] costly = new long[times.length];
        Arrays.fill(cheap, 1);
        Arrays.fill(costly, maxDoc);
        int everywhere = 0;
        for (FixedBitSet set : sets) {
            everywhere += set.cardinality(0, 700);
        }
        for (int minimum = 1; minimum <= 10; minimum++) {
            // A cheap part costs less than finding where the minimum is still reachable: read over the whole domain.
            assertThat(countAndRead(sets, times, cheap, minimum, domain)).as("cheap, at least %d", minimum)
                    .isEqualTo(everywhere);
            // From a minimum above the last parts' weight on, costly parts are read only where they can still count.
            int read = countAndRead(sets, times, costly, minimum, domain);
            if (minimum >= 5) {
                assertThat(read).as("costly, at least %d", minimum).isLessThan(everywhere);
            }
        }
    }

    /** Checks {@link BitCounts#atLeast(List, long[], int[], int, FixedBitSet, BitSets)}; returns the bits the parts read. */
    private static int countAndRead(List<FixedBitSet> sets, int[] times, long[] costs, int minimum, FixedBitSet domain)
            throws IOException {
        int maxDoc = domain.length();
        int[] read = new int[1];
        List<BitCounts.Part> parts = new ArrayList<>();
        for (FixedBitSet set : sets) {
            parts.add((within, into) -> {
                for (int d = 0; d < maxDoc; d++) {
                    if ((within == null || within.get(d)) && set.get(d)) {
                        into.set(d);
                        read[0]++;
                    }
                }
            });
        }
        FixedBitSet got = BitCounts.atLeast(parts, costs, times, minimum, domain, new BitSets(maxDoc));
        for (int d = 0; d < maxDoc; d++) {
            int count = 0;
            for (int i = 0; i < times.length; i++) {
                count += sets.get(i).get(d) ? times[i] : 0;
            }
            assertThat(got.get(d)).as("doc %d at least %d", d, minimum).isEqualTo(domain.get(d) && count >= minimum);
        }
        return read[0];
    }

    @Test
    void moreSetsThanAnnouncedAreRefused() {
        BitCounts counts = new BitCounts(new BitSets(10), 2);
        FixedBitSet set = new FixedBitSet(10);
        counts.addAndClear(set, 2);
        assertThatThrownBy(() -> counts.addAndClear(set, 1)).isInstanceOf(IllegalStateException.class);
    }
}
