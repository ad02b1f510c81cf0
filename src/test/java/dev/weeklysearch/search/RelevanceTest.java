package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suite of {@code src/test/resources/relevance/queries.tsv} over an index of the
 * shared corpus: MRR@10, Recall@10 and Success@1, with floors set from measurement so that a
 * ranking change that loses relevance fails the build.
 */
class RelevanceTest {
    /**
     * Floors, a little under what was measured when they were set (155 queries, before hybrid
     * retrieval): MRR 0.775, Recall 0.852, Success@1 0.716.
     */
    private static final double MIN_MRR = 0.76;
    private static final double MIN_RECALL = 0.84;
    private static final double MIN_SUCCESS = 0.70;

    @TempDir
    Path tmp;

    @Test
    void rankingMeetsTheFloors() throws IOException, URISyntaxException {
        Path corpus = FixtureIndex.sharedCorpus();
        Assumptions.assumeTrue(corpus != null, "shared corpus ../shared/corpus/sofa-weekly is absent: relevance suite skipped");
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
        report.byGroup().forEach((group, r) -> System.out.printf(Locale.ROOT,
                "relevance:   %-15s MRR@10=%.3f Recall@10=%.3f Success@1=%.3f over %d queries%n",
                group, r.mrr(), r.recall(), r.successAt1(), r.perQuery().size()));

        assertThat(report.mrr()).isGreaterThanOrEqualTo(MIN_MRR);
        assertThat(report.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(report.successAt1()).isGreaterThanOrEqualTo(MIN_SUCCESS);
    }
}
