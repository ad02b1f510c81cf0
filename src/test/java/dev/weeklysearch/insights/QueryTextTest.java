package dev.weeklysearch.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void redactsEmailsPhonesAndLongNumbers() {
        assertThat(QueryText.of("mail Zhang.San+x@Example.COM about mosn")).isEqualTo("mail <email> about mosn");
        assertThat(QueryText.of("call +86 138-1234-5678 now")).isEqualTo("call <phone> now");
        assertThat(QueryText.of("(010) 6552 9988")).isEqualTo("<phone>");
        assertThat(QueryText.of("order 20240512 failed")).isEqualTo("order <number> failed");
    }

    @Test
    void keepsVersionsYearsAndShortNumbers() {
        assertThat(QueryText.of("MOSN 0.6.0")).isEqualTo("mosn 0.6.0");
        assertThat(QueryText.of("seata 1.3.0 2019 2020")).isEqualTo("seata 1.3.0 2019 2020");
        assertThat(QueryText.of("issue 1234")).isEqualTo("issue 1234");
    }

    @Test
    void foldsWidthCaseAndSpaces() {
        assertThat(QueryText.of("  ＳＯＦＡ\tJRaft   快照 ")).isEqualTo("sofa jraft 快照");
        assertThat(QueryText.of("x".repeat(500))).hasSize(QueryText.MAX_CHARS);
        assertThat(QueryText.of("\u0000\u0001")).isEmpty();
    }
}
