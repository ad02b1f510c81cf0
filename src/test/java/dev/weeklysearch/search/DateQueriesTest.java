package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.index.Indexer;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A meeting asked for by its day, in the forms readers type, finds the meeting of that day first
 * among several of the same name; the day may be the one its text writes or its post's.
 */
class DateQueriesTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Searcher hybrid;

    @BeforeAll
    static void index() throws Exception {
        new Indexer(tmp, new Extractor(), Embeddings.forIndex(tmp)).reindex(
                List.of(new FolderSource(Path.of(DateQueriesTest.class.getResource("/dates").toURI()))), false,
                ProgressListener.NONE);
        searcher = Searcher.open(tmp, 60_000, 0, false);
        hybrid = Searcher.open(tmp, 60_000, 0, true);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        hybrid.close();
    }

    private static Hit first(String q) throws IOException {
        SearchResult r = searcher.search(SearchRequest.of(q), true);
        assertThat(r.hits()).as(q).isNotEmpty();
        return r.hits().get(0);
    }

    @Test
    void theDayInAnyWrittenFormPutsThatMeetingFirst() throws IOException {
        for (String q : new String[] {"6月24日 layotto 社区会议", "layotto 6/24 会议", "６月２４号 layotto",
            "六月二十四日 layotto 会议", "layotto meeting June 24", "24 Jun layotto", "2099-06-24 layotto",
            "2099年6月24日 layotto"}) {
            assertThat(first(q).title()).as(q).contains("2099-06-24");
        }
        assertThat(first("6月10日 layotto 社区会议").text()).contains("06 月 10 日");
    }

    @Test
    void withMeaningFusedInTheDayStillDecides() throws IOException {
        for (String q : new String[] {"6月24日 layotto 社区会议 议题", "6月10日 layotto 社区会议 议题"}) {
            SearchResult r = hybrid.search(SearchRequest.of(q), true);
            assertThat(r.semantic()).isTrue();
            // The meaning's neighbours are taken among that day's entries only.
            String day = q.startsWith("6月24") ? "06 月 24 日" : "06 月 10 日";
            assertThat(r.hits()).as(q).isNotEmpty().first().satisfies(h -> {
                assertThat(h.text()).contains(day);
                assertThat(h.text()).doesNotContain("06 月 17 日");
                assertThat(h.match()).isEqualTo(Hit.BOTH);
            });
            assertThat(r.hits()).as(q).filteredOn(h -> !h.match().equals(Hit.LEXICAL))
                    .allSatisfy(h -> assertThat(h.text()).contains(day));
        }
    }

    @Test
    void theMeetingWhoseTitleNamesTheDayComesBeforeOneThatMentionsIt() throws IOException {
        // The recap of 06-17 mentions the next meeting's day (and the words more often); the preview is titled by it.
        assertThat(first("6月24日 layotto 社区会议").title()).contains("2099-06-24");
    }

    @Test
    void aDayWithoutItsYearInTheTextTakesThePostsNearestYear() throws IOException {
        // Announced in December 2098 for "01 月 05 日": the meeting is in January 2099.
        assertThat(first("2099年1月5日 layotto").post().slug()).isEqualTo("sofa-weekly-20981218");
    }

    @Test
    void thePostsDateFindsItsEntries() throws IOException {
        assertThat(first("2099年6月5日 layotto 会议").post().slug()).isEqualTo("sofa-weekly-20990605");
        assertThat(first("2098年12月 layotto").post().slug()).isEqualTo("sofa-weekly-20981218");
        assertThat(first("2098 layotto").post().slug()).isEqualTo("sofa-weekly-20981218");
    }

    @Test
    void aRecapIsFoundByItsHeadingsWords() throws IOException {
        assertThat(first("layotto 会议回顾").text()).contains("06 月 17 日");
    }

    @Test
    void aQueryOfADateAloneStillFindsWhatItsWordsFind() throws IOException {
        assertThat(searcher.search(SearchRequest.of("06 月 24 日")).hits()).isNotEmpty();
        assertThat(first("\"06 月 10 日\"").text()).contains("06 月 10 日");
    }
}
