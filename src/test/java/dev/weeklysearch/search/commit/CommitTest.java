package dev.weeklysearch.search.commit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The answer cache serves what a fresh computation would, per request, and only for the commit it was made on. */
class CommitTest {
    /** Refreshes are called by the tests, not by the timer. */
    private static final long NO_TIMER = 3_600_000;

    @TempDir
    Path tmp;

    private static final List<SearchRequest> REQUESTS = List.of(
            SearchRequest.of("分布式事务"),
            SearchRequest.of("SOFAJRaft"),
            SearchRequest.of("SOFAJRaft", "2", "1", null, null, null, null),
            SearchRequest.of("SOFAJRaft", null, null, "release", null, null, null),
            SearchRequest.of("SOFAJRaft", null, null, null, null, "2021", null),
            SearchRequest.of("SOFAJRaft", null, null, null, null, null, "date"),
            SearchRequest.of("Multi-Raft zzyzxqwv"),
            SearchRequest.of("MOSN -Listener"));

    @Test
    void aRepeatedRequestGetsTheAnswerAnUncachedSearcherComputes() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        try (Searcher cached = Searcher.open(tmp, NO_TIMER, 1024); Searcher uncached = Searcher.open(tmp, NO_TIMER, 0)) {
            for (SearchRequest request : REQUESTS) {
                cached.search(request);
            }
            for (SearchRequest request : REQUESTS) {
                SearchResult first = cached.search(request);
                SearchResult again = cached.search(request);
                SearchResult computed = uncached.search(request);
                String as = request.toString();

                assertThat(again.hits()).as("%s served from the cache", as).isSameAs(first.hits());
                assertThat(computed.hits()).as("%s computed anew", as).isNotSameAs(uncached.search(request).hits());
                assertThat(again.hits()).as(as).isEqualTo(computed.hits());
                assertThat(again.facets()).as(as).isEqualTo(computed.facets());
                assertThat(again.total()).as(as).isEqualTo(computed.total());
                assertThat(again.relaxed()).as(as).isEqualTo(computed.relaxed());
                assertThat(again.page()).as(as).isEqualTo(request.page());
                assertThat(again.size()).as(as).isEqualTo(request.size());
            }
        }
    }

    @Test
    void aNewCommitIsNotAnsweredFromTheOldCommitsCache() throws IOException {
        Path posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        Path index = tmp.resolve("index");
        FixtureIndex.build(posts, index);
        try (Searcher searcher = Searcher.open(index, NO_TIMER, 1024)) {
            SearchRequest request = SearchRequest.of("WebAssembly");
            assertThat(searcher.search(request).total()).isZero();
            assertThat(searcher.search(request).total()).isZero();

            Files.writeString(posts.resolve("sofa-weekly-20220107.md"), """
                    ---
                    title: "SOFA Weekly | 新的一期"
                    date: 2022-01-07T21:00:00+08:00
                    ---

                    ### 每周读者问答提炼

                    **@新同学** 提问：

                    > Layotto 支持 WebAssembly 吗？

                    A：支持，可以把函数编译成 wasm 运行。
                    """, StandardCharsets.UTF_8);
            FixtureIndex.build(posts, index);
            searcher.refresh();

            SearchResult fresh = searcher.search(request);
            assertThat(fresh.total()).isEqualTo(1);
            assertThat(fresh.hits()).extracting(h -> h.post().slug()).containsExactly("sofa-weekly-20220107");
        }
    }

    @Test
    void aTermIsLookedUpOncePerCommitAndAnAbsentOneIsNotHeld() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        try (org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(tmp);
                org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            Commit searcher = new Commit(reader);
            org.apache.lucene.index.Term raft = new org.apache.lucene.index.Term(
                    dev.weeklysearch.index.Schema.PROJECT_TEXT, "sofajraft");
            org.apache.lucene.index.Term absent = new org.apache.lucene.index.Term(
                    dev.weeklysearch.index.Schema.TITLE, "zzyzxqwv");

            assertThat(searcher.terms().states(raft)).isSameAs(searcher.terms().states(raft));
            assertThat(searcher.terms().states(raft).docFreq()).isEqualTo(reader.docFreq(raft)).isPositive();
            assertThat(searcher.terms().holds(raft)).isTrue();
            assertThat(searcher.terms().holds(absent)).isFalse();
        }
    }
}
