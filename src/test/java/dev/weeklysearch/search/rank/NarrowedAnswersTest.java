package dev.weeklysearch.search.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.BenchQueries;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.clause.Workspaces;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.query.CompiledQuery;
import dev.weeklysearch.search.query.QueryFactory;
import dev.weeklysearch.search.query.TypoAutomata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The word side's answers over the shared corpus, with candidates found before scoring and clauses
 * scored only where they can reach a window ({@code Candidates}, {@code Competitive}) for every
 * query, against the corpus's own path (too few postings to narrow): the same ranked documents with
 * the same scores, totals and facets. At the corpus's size only an archive many times larger takes
 * the narrowed path, which the 1,500 recorded answers ({@code AnswersUnchangedTest}) never reach.
 */
class NarrowedAnswersTest {
    @TempDir
    Path tmp;

    @Test
    void everyBenchQueryGetsTheSameAnswerWhenNarrowed() throws IOException {
        FixtureIndex.build(FixtureIndex.sharedCorpus(), tmp);
        List<String> queries = BenchQueries.generate(tmp, 1500, 9);
        QueryFactory factory = new QueryFactory(new TypoAutomata.Recent());
        int narrowed = 0;
        try (FSDirectory dir = FSDirectory.open(tmp); DirectoryReader reader = DirectoryReader.open(dir)) {
            Commit commit = new Commit(reader);
            Workspaces everywhere = new Workspaces(reader);
            Workspaces narrow = new Workspaces(reader, 0);
            for (String text : queries) {
                CompiledQuery q = factory.compile(text, Synonyms.NONE);
                for (SearchRequest request : List.of(SearchRequest.of(text),
                        new SearchRequest(text, 1, 10, Set.of("qa"), "", 0, SearchRequest.Sort.RELEVANCE),
                        new SearchRequest(text, 1, 10, Set.of(), "", 0, SearchRequest.Sort.DATE))) {
                    Hybrid.Answer a = Hybrid.run(commit, everywhere, q, request, 30, null);
                    Hybrid.Answer b = Hybrid.run(commit, narrow, q, request, 30, null);
                    assertThat(Arrays.stream(b.ranked()).map(sd -> sd.doc + ":" + sd.score).toList())
                            .as(text).isEqualTo(Arrays.stream(a.ranked()).map(sd -> sd.doc + ":" + sd.score).toList());
                    assertThat(b.total()).as(text).isEqualTo(a.total());
                    assertThat(b.relaxed()).as(text).isEqualTo(a.relaxed());
                    assertThat(b.facets().facets()).as(text).isEqualTo(a.facets().facets());
                }
                narrowed += q.strict().size() > 1 || q.severalWords() && q.looseMinimum() > 1 ? 1 : 0;
            }
        }
        // Most bench queries have several words: they are what this compares.
        assertThat(narrowed).isGreaterThan(500);
    }
}
