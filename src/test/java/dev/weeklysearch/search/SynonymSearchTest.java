package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synonyms at query time over the fixture index: no reindex, both directions, exclusions kept. */
class SynonymSearchTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        searcher = Searcher.open(tmp, 60_000, 16, false);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @AfterEach
    void none() throws IOException {
        searcher.synonyms(Synonyms.NONE);
    }

    private static List<String> ids(String q) throws IOException {
        return searcher.search(SearchRequest.of(q)).hits().stream().map(Hit::id).toList();
    }

    @Test
    void anEnglishTermFindsTheChineseEntriesOfItsGroup() throws IOException {
        List<String> chinese = ids("分布式事务");
        assertThat(chinese).isNotEmpty();
        assertThat(ids("dist txn")).isEmpty();
        searcher.synonyms(Synonyms.of(List.of(List.of("分布式事务", "dist txn"))));
        assertThat(ids("dist txn")).containsExactlyInAnyOrderElementsOf(chinese);
        assertThat(ids("Dist Txn")).containsExactlyInAnyOrderElementsOf(chinese);
        SearchResult r = searcher.search(SearchRequest.of("dist txn"));
        assertThat(r.hits().get(0).toString()).as("the synonym is marked in the hit").contains("<mark>");
    }

    @Test
    void theGroupWorksTheOtherWayAndInsideALongerChineseQuery() throws IOException {
        List<String> multiRaft = ids("multi-raft");
        assertThat(multiRaft).isNotEmpty();
        assertThat(ids("拉夫特")).isEmpty();
        searcher.synonyms(Synonyms.of(List.of(List.of("拉夫特", "multi-raft"))));
        assertThat(ids("拉夫特")).containsAll(multiRaft);
        assertThat(ids("sofajraft 拉夫特")).containsAll(ids("sofajraft multi-raft")).isNotEmpty();
    }

    @Test
    void anExcludedTermIsNotExpanded() throws IOException {
        List<String> without = ids("seata -分布式事务");
        assertThat(without).hasSizeLessThan(ids("seata").size());
        searcher.synonyms(Synonyms.of(List.of(List.of("分布式事务", "dist txn"))));
        assertThat(ids("seata -分布式事务")).isEqualTo(without);
    }
}
