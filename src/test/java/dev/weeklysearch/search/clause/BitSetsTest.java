package dev.weeklysearch.search.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

class BitSetsTest {
    @Test
    void setsTakenInOneRequestAreDistinctAndEmpty() {
        BitSets sets = new BitSets(200);
        Set<FixedBitSet> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < 100; i++) {
            FixedBitSet s = sets.take();
            assertThat(s.length()).isEqualTo(200);
            assertThat(s.cardinality()).isZero();
            assertThat(seen.add(s)).as("set %d handed out twice in one request", i).isTrue();
            s.set(i);
        }
    }

    @Test
    void afterAResetTheKeptSetsComeBackEmpty() {
        BitSets sets = new BitSets(130);
        List<FixedBitSet> first = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            FixedBitSet s = sets.take();
            s.set(0, 130);
            first.add(s);
        }
        sets.reset();
        for (int i = 0; i < 10; i++) {
            FixedBitSet s = sets.take();
            assertThat(s).as("kept set %d reused", i).isSameAs(first.get(i));
            assertThat(s.cardinality()).isZero();
        }
    }
}
