package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.Indexer;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.search.rank.Hybrid;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hybrid search over the fixture posts with the real embedding model (it ships in the jar). */
class SemanticSearchTest {
    /** Shares no word with the entry it means: 蚂蚁金服内部的注册中心和开源版本有什么区别？ */
    private static final String PARAPHRASE = "公司里用的服务发现跟社区发布的有哪些不同";

    @TempDir
    static Path tmp;
    static Searcher hybrid;
    static Searcher lexical;

    @BeforeAll
    static void index() throws Exception {
        new Indexer(tmp, new Extractor(), Embeddings.forIndex(tmp))
                .reindex(List.of(new FolderSource(FixtureIndex.posts())), false, ProgressListener.NONE);
        hybrid = Searcher.open(tmp, 60_000, 0, true);
        lexical = Searcher.open(tmp, 60_000, 0, false);
    }

    @AfterAll
    static void close() throws IOException {
        hybrid.close();
        lexical.close();
    }

    @Test
    void aParaphraseIsFoundOnlyBySemanticRankingAndShownUnmarked() throws IOException {
        assertThat(lexical.search(SearchRequest.of(PARAPHRASE)).total()).isZero();

        SearchResult r = hybrid.search(SearchRequest.of(PARAPHRASE));
        assertThat(r.semantic()).isTrue();
        Hit top = r.hits().get(0);
        assertThat(top.id()).isEqualTo("sofa-weekly-20210305/qa-1");
        assertThat(top.match()).isEqualTo(Hit.SEMANTIC);
        assertThat(top.highlights().get("title")).doesNotContain("<mark>").contains("注册中心");
        assertThat(top.highlights().get("text")).doesNotContain("<mark>").isNotEmpty();
    }

    @Test
    void aMisspeltQueryIsRankedAsItsCorrectionIs() throws IOException {
        // The word side searches the correction; so does the semantic side, which would read "sofaregisty" as
        // some other word.
        SearchResult right = hybrid.search(SearchRequest.of("sofaregistry " + PARAPHRASE));
        SearchResult typo = hybrid.search(SearchRequest.of("sofaregisty " + PARAPHRASE));
        assertThat(typo.suggestion()).isEqualTo("sofaregistry " + PARAPHRASE);
        assertThat(typo.semantic()).isTrue();
        assertThat(typo.hits()).extracting(Hit::id).isNotEmpty().containsExactlyElementsOf(
                right.hits().stream().map(Hit::id).toList());
    }

    @Test
    void eachHitSaysWhichSideFoundIt() throws IOException {
        SearchResult r = hybrid.search(SearchRequest.of("Multi-Raft 能不能跑"));
        // The question has the words and the meaning.
        assertThat(r.hits().get(0).match()).isEqualTo(Hit.BOTH);
        Hit question = r.hits().stream().filter(h -> h.type().equals("qa")).findFirst().orElseThrow();
        assertThat(question.title()).contains("Multi-Raft");
        assertThat(question.highlights().get("title")).contains("<mark>");
        assertThat(r.hits()).extracting(Hit::match).contains(Hit.SEMANTIC).doesNotContainNull();
        assertThat(lexical.search(SearchRequest.of("Multi-Raft 能不能跑")).hits()).extracting(Hit::match)
                .containsOnly(Hit.LEXICAL);
    }

    @Test
    void anEnglishQuestionTheBridgeReadsInChineseIsRankedByItsWords() throws IOException {
        // 内部, 版本 and 区别 are the Chinese words of the registry question: the words find it.
        String english = "internal version difference";
        assertThat(lexical.search(SearchRequest.of(english)).hits()).extracting(Hit::id)
                .contains("sofa-weekly-20210305/qa-1");
        SearchResult r = hybrid.search(SearchRequest.of(english));
        assertThat(r.semantic()).isTrue();
        assertThat(r.hits()).isNotEmpty().extracting(Hit::match).containsOnly(Hit.LEXICAL);
        // Three English words the bridge does not read are still fused.
        assertThat(hybrid.search(SearchRequest.of("how to configure seata sofarpc")).hits()).extracting(Hit::match)
                .containsAnyOf(Hit.SEMANTIC, Hit.BOTH);
    }

    @Test
    void aNameOrAWordAloneIsRankedByItsWords() throws IOException {
        SearchResult r = hybrid.search(SearchRequest.of("Multi-Raft"));
        assertThat(r.semantic()).isTrue();
        assertThat(r.hits()).isNotEmpty().extracting(Hit::match).containsOnly(Hit.LEXICAL);
        assertThat(Hybrid.carriesMeaning("Multi-Raft")).isFalse();
        assertThat(Hybrid.carriesMeaning("配置改了")).isTrue();
        assertThat(Hybrid.carriesMeaning("how to configure seata")).isTrue();
    }

    @Test
    void everyOpenOfTheSameIndexGivesTheSameAnswers() throws IOException {
        for (String query : List.of(PARAPHRASE, "Multi-Raft 能不能跑", "SOFAJRaft 分布式事务", "社区会议讲了什么")) {
            List<String> first = answer(hybrid, query);
            try (Searcher again = Searcher.open(tmp, 60_000, 0, true)) {
                assertThat(answer(again, query)).as(query).isEqualTo(first).isNotEmpty();
            }
        }
    }

    private static List<String> answer(Searcher s, String query) throws IOException {
        return s.search(SearchRequest.of(query)).hits().stream()
                .map(h -> h.id() + " " + h.match() + " " + h.score()).toList();
    }

    @Test
    void fusedScoresAreRealAndNeverRiseDownTheList() throws IOException {
        List<Hit> hits = hybrid.search(SearchRequest.of("SOFAJRaft 分布式事务")).hits();
        assertThat(hits).hasSizeGreaterThan(2);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).score()).isPositive().isLessThanOrEqualTo(hits.get(i - 1).score());
        }
    }

    @Test
    void filtersNarrowTheSemanticSideToo() throws IOException {
        SearchResult r = hybrid.search(SearchRequest.of(PARAPHRASE, "1", "10", "release", null, null, null));
        assertThat(r.hits()).isNotEmpty().allMatch(h -> h.type().equals("release"));
    }

    @Test
    void theLexicalEngineAnswersWithoutTheModel() throws IOException {
        long before = Embeddings.computedInProcess();
        SearchResult r = lexical.search(SearchRequest.of("注册中心 扩容"));
        assertThat(r.semantic()).isFalse();
        assertThat(Embeddings.computedInProcess()).isEqualTo(before);
    }

    @Test
    void anIntentWordAloneMatchesNothingInTheRelaxedPass() throws IOException {
        // 直播 asks for events; with a word no entry has, the intent must not match every event.
        SearchResult r = lexical.search(SearchRequest.of("直播 qwertyuiop"));
        assertThat(r.total()).isZero();
    }

    @Test
    void mostWordsFollowAllWords() throws IOException {
        SearchResult r = lexical.search(SearchRequest.of("SOFAJRaft Multi-Raft 不存在的词语"));
        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).title()).contains("Multi-Raft");
    }

    @Test
    void aTypoFindsTheWordAndSuggestsIt() throws IOException {
        SearchResult r = lexical.search(SearchRequest.of("sofatarcer"));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).title()).containsIgnoringCase("SOFATracer");
        assertThat(r.suggestion()).isEqualTo("sofatracer");
        assertThat(lexical.search(SearchRequest.of("sofatracer")).suggestion()).isNull();
        // A word of the text, not only a project name.
        assertThat(lexical.search(SearchRequest.of("MOSN fitler")).suggestion()).isEqualTo("MOSN filter");
    }
}
