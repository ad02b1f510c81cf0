package dev.weeklysearch.search.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        BitCounts counts = new BitCounts(maxDoc, total);
        int[] expected = new int[maxDoc];
        for (int t : times) {
            FixedBitSet set = new FixedBitSet(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                if (random.nextInt(3) == 0) {
                    set.set(d);
                    expected[d] += t;
                }
            }
            counts.add(set, t);
        }
        for (int minimum = 1; minimum <= total + 1; minimum++) {
            FixedBitSet atLeast = counts.atLeast(minimum);
            assertThat(atLeast.length()).isEqualTo(maxDoc);
            for (int d = 0; d < maxDoc; d++) {
                assertThat(atLeast.get(d)).as("doc %d at least %d", d, minimum).isEqualTo(expected[d] >= minimum);
            }
        }
    }

    @Test
    void moreSetsThanAnnouncedAreRefused() {
        BitCounts counts = new BitCounts(10, 2);
        FixedBitSet set = new FixedBitSet(10);
        counts.add(set, 2);
        assertThatThrownBy(() -> counts.add(set, 1)).isInstanceOf(IllegalStateException.class);
    }
}
