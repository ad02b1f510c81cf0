package dev.weeklysearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.search.query.text.Memo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a visitor typed, split into clauses, and the clauses a word search needs. */
class VisitorQueryTest {
    private static List<String> content(String q) {
        return VisitorQuery.parse(q).content(new Memo()).clauses().stream()
                .map(c -> (c.excluded() ? "-" : "") + (c.phrase() ? "\"" + c.text() + "\"" : c.text())).toList();
    }

    @Test
    void englishFunctionWordsAroundContentWordsAreLeftOut() {
        assertThat(content("How to use Seata with Dubbo")).containsExactly("use", "Seata", "Dubbo");
        assertThat(content("what is the difference between sofarpc and dubbo"))
                .containsExactly("difference", "between", "sofarpc", "dubbo");
    }

    @Test
    void phrasesExclusionsAndQueriesOfFunctionWordsOnlyAreKept() {
        assertThat(content("\"how to\" seata")).containsExactly("\"how to\"", "seata");
        assertThat(content("seata -with")).containsExactly("seata", "-with");
        assertThat(content("how to")).containsExactly("how", "to");
        assertThat(content("the -seata")).containsExactly("the", "-seata");
        assertThat(content("是什么")).containsExactly("是什么");
    }

    @Test
    void aRunOfChineseFunctionWordsIsLeftOutAsOneIs() {
        // SmartCN reads 是什么 as 是 + 什么 and 的问题 as 的 + 问题, all of them function words.
        assertThat(content("分布式事务 是什么")).containsExactly("分布式事务");
        assertThat(content("seata 的问题")).containsExactly("seata");
        assertThat(content("seata 的 tcc")).containsExactly("seata", "tcc");
        assertThat(content("seata 事务的问题")).containsExactly("seata", "事务的问题");
    }

    @Test
    void splitsANameGluedToItsVersion() {
        assertThat(VisitorQuery.unglue("SOFARPC5.5.8")).containsExactly("SOFARPC", "5.5.8");
        assertThat(VisitorQuery.unglue("mosnv0.6.0")).containsExactly("mosn", "v0.6.0");
        assertThat(VisitorQuery.unglue("ＭＯＳＮｖ０．６．０")).containsExactly("ＭＯＳＮ", "ｖ０．６．０");
        assertThat(VisitorQuery.unglue("dev1.0")).containsExactly("dev", "1.0");
        assertThat(VisitorQuery.unglue("v1.3.0")).containsExactly("v1.3.0");
        assertThat(VisitorQuery.unglue("python3")).containsExactly("python3");
        assertThat(VisitorQuery.unglue("sofa-rpc5.5.8")).containsExactly("sofa-rpc5.5.8");
    }
}
