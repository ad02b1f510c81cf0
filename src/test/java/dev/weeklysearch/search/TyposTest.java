package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TyposTest {
    @Test
    void longerLatinWordsAllowMoreEdits() {
        assertThat(Typos.maxEdits("mosn")).isZero();
        assertThat(Typos.maxEdits("layoto")).isEqualTo(1);
        assertThat(Typos.maxEdits("kubernetse")).isEqualTo(2);
        assertThat(Typos.maxEdits("分布式事务")).isZero();
        assertThat(Typos.maxEdits("1.3.0")).isZero();
    }

    @Test
    void aTranspositionCountsOneEdit() {
        assertThat(Typos.distance("sofaboto", "sofaboot")).isEqualTo(1);
        assertThat(Typos.distance("sofaboto", "sofabolt")).isEqualTo(2);
        assertThat(Typos.distance("rheakvv", "rheakv")).isEqualTo(1);
        assertThat(Typos.distance("kubernetse", "kubernetes")).isEqualTo(1);
    }

    @Test
    void noFuzzyClauseForShortWords() {
        assertThat(Typos.fuzzy("saga")).isNull();
        assertThat(Typos.fuzzy("Layoto")).isNotNull();
    }
}
