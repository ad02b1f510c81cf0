package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfacePhrasesTest {
    private final SurfacePhrases phrases = new SurfacePhrases();

    @Test
    void latinWordsAndTheirRunsKeepTheirCaseAndSpacing() {
        assertThat(phrases.of("Seata Server 如何接入 Spring Boot？"))
                .contains("Seata", "Server", "Seata Server", "Spring", "Boot", "Spring Boot")
                .doesNotContain("seata", "SeataServer", "seata server", "Server 如何");
    }

    @Test
    void hyphenatedNamesAndVersionsStayWholeAndAPhraseNeverStartsWithANumber() {
        assertThat(phrases.of("SOFAJRaft 能跑 Multi-Raft 吗，v1.3.10 与 1.3.1 呢"))
                .contains("SOFAJRaft", "Multi-Raft", "v1.3.10")
                .doesNotContain("Multi", "Raft", "1.3.1", "3.1");
    }

    @Test
    void chineseWordsAreCutWhereSmartCnCutsThem() {
        assertThat(phrases.of("分布式事务的回滚")).contains("分布式", "事务", "分布式事务").allMatch("分布式事务的回滚"::contains);
    }
}
