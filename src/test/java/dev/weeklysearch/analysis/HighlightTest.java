package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.search.query.text.TextQuery;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UnifiedHighlighter over postings offsets marks exactly the characters the query matched. */
class HighlightTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("raft", "基于Multi-Raft的存储，用 SOFAJRaft 实现");
        TEXTS.put("version", "Seata 2.7.3 发布，兼容 3.x");
        TEXTS.put("tx", "支持分布式事务和 XA");
    }

    private static final FixtureIndex INDEX = new FixtureIndex(TEXTS);
    private static final TextQuery QUERY = TextQuery.builder()
            .words(FixtureIndex.WORDS, 1f)
            .grams(FixtureIndex.GRAMS, 0.5f)
            .versions(FixtureIndex.VERSIONS, 1f)
            .build();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Multi-Raft | 基于<b>Multi-Raft</b>的存储，用 SOFAJRaft 实现
            jraft      | 基于Multi-Raft的存储，用 <b>SOFAJRaft</b> 实现
            2.7.3      | Seata <b>2.7.3</b> 发布，兼容 3.x
            事务        | 支持分布式<b>事务</b>和 XA
            """)
    void marksExactlyTheMatchedCharacters(String clause, String expected) throws IOException {
        Query query = QUERY.build(clause);
        TopDocs top = INDEX.searcher.search(query, 10);
        assertThat(top.scoreDocs).hasSize(1);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(INDEX.searcher, FixtureIndex.ANALYZER)
                .withMaxLength(10_000)
                .build();
        String[] fragments = highlighter.highlight(FixtureIndex.WORDS, query, top);
        assertThat(fragments[0]).isEqualTo(expected);
    }
}
