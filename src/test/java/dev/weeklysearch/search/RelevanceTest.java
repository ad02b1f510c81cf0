package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite of {@code src/test/resources/relevance/queries.tsv} over an index of the
 * shared corpus: MRR@10, Recall@10 and Success@1, with floors set from measurement so that a
 * ranking change that loses relevance fails the build.
 */
class RelevanceTest {
    /** Floors, a little under what was measured when they were set: MRR 0.876, Recall 0.920, Success@1 0.815. */
    private static final double MIN_MRR = 0.84;
    private static final double MIN_RECALL = 0.89;
    private static final double MIN_SUCCESS = 0.77;

    @TempDir
    Path tmp;

    @Test
    void rankingMeetsTheFloors() throws IOException, URISyntaxException {
        Path corpus = FixtureIndex.sharedCorpus();
        FixtureIndex.build(corpus, tmp);
        List<RelevanceMetrics.Query> queries = RelevanceMetrics.load(
                Path.of(RelevanceTest.class.getResource(RelevanceMetrics.QUERIES_RESOURCE).toURI()));
        RelevanceMetrics.Report report;
        try (Searcher searcher = Searcher.open(tmp)) {
            report = RelevanceMetrics.evaluate(queries, q -> {
                try {
                    return searcher.search(SearchRequest.of(q.text(), "1", "10", null, null, null, null)).hits().stream()
                            .map(h -> new RelevanceMetrics.Returned(h.post().slug(), h.type(), h.text(),
                                    h.alsoIn().stream().map(PostRef::slug).toList()))
                            .toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.out.println(report.format());
        System.out.printf(Locale.ROOT, "relevance: MRR@10=%.3f Recall@10=%.3f Success@1=%.3f over %d queries%n",
                report.mrr(), report.recall(), report.successAt1(), queries.size());

        assertThat(report.mrr()).isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(report.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(report.successAt1()).isGreaterThanOrEqualTo(MIN_SUCCESS);
    }
}
