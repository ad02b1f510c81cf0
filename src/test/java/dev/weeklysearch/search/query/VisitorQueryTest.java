package dev.weeklysearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a visitor typed, split into clauses, and the clauses a word search needs. */
class VisitorQueryTest {
    private static List<String> content(String q) {
        return VisitorQuery.parse(q).content().clauses().stream()
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
        assertThat(content("分布式事务 是什么")).containsExactly("分布式事务", "是什么");
    }
}
