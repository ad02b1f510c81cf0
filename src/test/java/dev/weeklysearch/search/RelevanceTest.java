package dev.weeklysearch.search;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.IndexBusyException;
import dev.weeklysearch.index.Indexer;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance suites over one index of the shared corpus: MRR@10, Recall@10 and Success@1,
 * with floors set from measurement so that a ranking change that loses relevance fails the build.
 * Two sets: {@code relevance/queries.tsv}, the judged queries the ranking was tuned on, and
 * {@code relevance/unseen.tsv}, written blind to the ranking (issue 23) so that its figures show
 * how the ranking generalises; and {@code relevance/unseen2.tsv}, a second blind set of the same kinds,
 * written after the first had been used to choose ranking changes; and {@code relevance/unseen3.tsv},
 * a third blind set in a reader's mix of every kind.
 */
class RelevanceTest {
    /**
     * Floors of the hybrid ranking, a little under what was measured when they were set (155
     * queries): MRR 0.870, Recall 0.959, Success@1 0.800 (lexical alone: 0.830 / 0.919 / 0.768;
     * before this ranking: 0.775 / 0.852 / 0.716). Raised after issue 23's changes, once the
     * hybrid figures stopped moving between builds: measured 0.908 / 0.971 / 0.858.
     */
    private static final double MIN_MRR = 0.90;
    private static final double MIN_RECALL = 0.965;
    private static final double MIN_SUCCESS = 0.85;
    /**
     * Floors of the hybrid ranking on the unseen set (60 queries of the hard kinds only), just under
     * what was measured. Until the semantic side searched its vectors exactly (search.rank.Nearest),
     * the hybrid figures moved from one index build to the next (over seven builds MRR 0.458 to
     * 0.489, Success@1 0.367 to 0.417): the approximate graph, and the order of equal vectors, followed
     * the indexing threads. Since then every build gives the same figures: MRR 0.478, Recall 0.642,
     * Success@1 0.383, then 0.486 / 0.642 / 0.400 once equal vectors shared a rank in the fusion
     * (lexical alone 0.471 / 0.633 / 0.367), so the floors sit close under them. With dates in
     * queries, typos glued to Chinese, the English words of linked slugs and Chinese function words
     * typed alone (issue 23): 0.626 / 0.708 / 0.567 (lexical 0.598 / 0.700 / 0.517). With the CC-CEDICT
     * bridge (English words also read as their Chinese translations): 0.650 / 0.811 / 0.550 (lexical 0.660 /
     * 0.794 / 0.567); and with an English question the bridge read left unfused: 0.686 / 0.811 / 0.600. When one
     * word of a Chinese clause is enough to match, a single character no longer stands in for it (search.query.LooseWords):
     * 0.680 / 0.811 / 0.583. Two paraphrases lost their first place to the second (their answers shared with the
     * question only a common character such as 值 or 加, which no longer matches alone), two others gained it;
     * the tuned set rose (0.913 / 0.971 / 0.865 to 0.915 / 0.971 / 0.871), so the Success@1 floor is one query lower.
     * A translation SmartCN cuts into characters matches as a word, not by one of them (BridgeClauses): 0.678 / 0.794
     * / 0.583; the one answer lost had matched through 出 of 使出, a translation of "use" (unseen2: two queries gained,
     * one lost; unseen3: one gained, two lost). With ECDICT in the bridge: 0.708 / 0.814 / 0.617 (en2zh 0.544 /
     * 0.694 / 0.417 to 0.694 / 0.792 / 0.583).
     */
    private static final double MIN_UNSEEN_MRR = 0.70;
    private static final double MIN_UNSEEN_RECALL = 0.81;
    private static final double MIN_UNSEEN_SUCCESS = 0.61;
    private static final String UNSEEN_RESOURCE = "/relevance/unseen.tsv";
    /**
     * Floors of the hybrid ranking on the second blind set (50 queries, 10 per hard kind), just under
     * what was measured when it was wired in, main at 70d43b5: MRR 0.557, Recall 0.672, Success@1 0.480
     * (lexical alone 0.510 / 0.522 / 0.460). Per group, hybrid: en2zh2 0.570 / 0.483 / 0.500, para3
     * 0.139 / 0.650 / 0.000, date2 0.900 / 0.900 / 0.900, deploy2 0.342 / 0.475 / 0.200, typo3 0.833 /
     * 0.850 / 0.800. The set was judged before any search was run, so these figures are the baseline
     * a ranking change for issue 23 is measured against, not a target it was fitted to. Session 30
     * (translations SmartCN cuts into characters matched as words, ECDICT in the bridge): 0.598 / 0.768 /
     * 0.500, en2zh2 0.748 / 0.867 / 0.600.
     */
    private static final double MIN_UNSEEN2_MRR = 0.59;
    private static final double MIN_UNSEEN2_RECALL = 0.76;
    private static final double MIN_UNSEEN2_SUCCESS = 0.49;
    private static final String UNSEEN2_RESOURCE = "/relevance/unseen2.tsv";
    /**
     * Floors of the hybrid ranking on the third blind set (80 queries in a reader's mix, not only the
     * hard kinds, so that its figures estimate those of issue 23's hidden set), a little under what was
     * measured when it was wired in (branch at cf818c0, the same on four builds): MRR 0.844, Recall
     * 0.927, Success@1 0.750 (lexical alone 0.836 / 0.921 / 0.750); per group in bench/README.md.
     * Judged before any search was run. With the session's later changes (the corrected query embedded,
     * ECDICT in the bridge): 0.869 / 0.935 / 0.788, en3 0.417 / 0.600 / 0.200 to 0.598 / 0.667 / 0.500.
     */
    private static final double MIN_UNSEEN3_MRR = 0.86;
    private static final double MIN_UNSEEN3_RECALL = 0.93;
    private static final double MIN_UNSEEN3_SUCCESS = 0.78;
    private static final String UNSEEN3_RESOURCE = "/relevance/unseen3.tsv";
    /**
     * Floors of the misspelt queries made from the index ({@link TypoQueries}), just under what was
     * measured when they were added (issue 23): projects 123 of 133 (0.925), names 143 of 151 (0.947).
     * Main before a four-letter word was corrected to project names, handles were matched unstemmed and
     * a Chinese name one character off weighed more than the name's characters: 122 of 133 (0.917) and
     * 124 of 151 (0.821).
     */
    private static final double MIN_TYPO_PROJECT = 0.92;
    private static final double MIN_TYPO_NAME = 0.94;
    private static final long TYPO_SEED = 23;

    @TempDir
    Path tmp;

    @Test
    void rankingMeetsTheFloors() throws IOException, URISyntaxException, IndexBusyException {
        Path corpus = FixtureIndex.sharedCorpus();
        // The vectors are cached across runs in target/: the corpus changes rarely, embedding it is slow.
        Embeddings embeddings = new Embeddings(Path.of("target", "relevance-" + Embeddings.CACHE_FILE), Embeddings.MODEL_ID);
        new Indexer(tmp, new Extractor(), embeddings).reindex(List.of(new FolderSource(corpus)), false,
                ProgressListener.NONE);
        List<RelevanceMetrics.Query> queries = load(RelevanceMetrics.QUERIES_RESOURCE);
        List<RelevanceMetrics.Query> unseen = load(UNSEEN_RESOURCE);
        List<RelevanceMetrics.Query> unseen2 = load(UNSEEN2_RESOURCE);
        List<RelevanceMetrics.Query> unseen3 = load(UNSEEN3_RESOURCE);
        // Every set goes through the same searcher: one index, one open per ranking.
        List<RelevanceMetrics.Report> lexical = evaluate(false, queries, unseen, unseen2, unseen3);
        List<RelevanceMetrics.Report> hybrid = evaluate(true, queries, unseen, unseen2, unseen3);
        print("relevance-lexical:", lexical.get(0));
        System.out.println(hybrid.get(0).format());
        print("relevance:", hybrid.get(0));
        print("relevance-unseen-lexical:", lexical.get(1));
        System.out.println(hybrid.get(1).format());
        print("relevance-unseen:", hybrid.get(1));
        print("relevance-unseen2-lexical:", lexical.get(2));
        System.out.println(hybrid.get(2).format());
        print("relevance-unseen2:", hybrid.get(2));
        print("relevance-unseen3-lexical:", lexical.get(3));
        System.out.println(hybrid.get(3).format());
        print("relevance-unseen3:", hybrid.get(3));

        Map<String, TypoQueries.Score> typos = typos();
        typos.forEach((kind, score) -> System.out.printf(Locale.ROOT,
                "relevance-typos: %-8s %d of %d misspelt queries find what the right spelling finds (%.3f)%n",
                kind, score.found(), score.counted(), score.rate()));

        RelevanceMetrics.Report report = hybrid.get(0);
        RelevanceMetrics.Report generalised = hybrid.get(1);
        RelevanceMetrics.Report second = hybrid.get(2);
        RelevanceMetrics.Report third = hybrid.get(3);
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(report.mrr()).as("MRR@10").isGreaterThanOrEqualTo(MIN_MRR);
            soft.assertThat(report.recall()).as("Recall@10").isGreaterThanOrEqualTo(MIN_RECALL);
            soft.assertThat(report.successAt1()).as("Success@1").isGreaterThanOrEqualTo(MIN_SUCCESS);
            soft.assertThat(generalised.mrr()).as("unseen MRR@10").isGreaterThanOrEqualTo(MIN_UNSEEN_MRR);
            soft.assertThat(generalised.recall()).as("unseen Recall@10").isGreaterThanOrEqualTo(MIN_UNSEEN_RECALL);
            soft.assertThat(generalised.successAt1()).as("unseen Success@1")
                    .isGreaterThanOrEqualTo(MIN_UNSEEN_SUCCESS);
            soft.assertThat(second.mrr()).as("unseen2 MRR@10").isGreaterThanOrEqualTo(MIN_UNSEEN2_MRR);
            soft.assertThat(second.recall()).as("unseen2 Recall@10").isGreaterThanOrEqualTo(MIN_UNSEEN2_RECALL);
            soft.assertThat(second.successAt1()).as("unseen2 Success@1")
                    .isGreaterThanOrEqualTo(MIN_UNSEEN2_SUCCESS);
            soft.assertThat(third.mrr()).as("unseen3 MRR@10").isGreaterThanOrEqualTo(MIN_UNSEEN3_MRR);
            soft.assertThat(third.recall()).as("unseen3 Recall@10").isGreaterThanOrEqualTo(MIN_UNSEEN3_RECALL);
            soft.assertThat(third.successAt1()).as("unseen3 Success@1")
                    .isGreaterThanOrEqualTo(MIN_UNSEEN3_SUCCESS);
            soft.assertThat(typos.get("project").rate()).as("misspelt projects").isGreaterThanOrEqualTo(MIN_TYPO_PROJECT);
            soft.assertThat(typos.get("name").rate()).as("misspelt names").isGreaterThanOrEqualTo(MIN_TYPO_NAME);
        });
    }

    /** The misspelt queries of {@link TypoQueries}, made from this index, scored by the hybrid ranking. */
    private Map<String, TypoQueries.Score> typos() throws IOException {
        List<TypoQueries> queries;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp))) {
            queries = TypoQueries.of(reader, TYPO_SEED);
        }
        try (Searcher searcher = Searcher.open(tmp, 60_000, 0, true)) {
            return TypoQueries.score(queries, q -> {
                try {
                    return searcher.search(SearchRequest.of(q, "1", "10", null, null, null, null), true).hits();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static List<RelevanceMetrics.Query> load(String resource) throws IOException, URISyntaxException {
        return RelevanceMetrics.load(Path.of(RelevanceTest.class.getResource(resource).toURI()));
    }

    private static void print(String prefix, RelevanceMetrics.Report report) {
        System.out.printf(Locale.ROOT, "%s MRR@10=%.3f Recall@10=%.3f Success@1=%.3f over %d queries%n",
                prefix, report.mrr(), report.recall(), report.successAt1(), report.perQuery().size());
        report.byGroup().forEach((group, r) -> System.out.printf(Locale.ROOT,
                "%s   %-15s MRR@10=%.3f Recall@10=%.3f Success@1=%.3f over %d queries%n",
                prefix, group, r.mrr(), r.recall(), r.successAt1(), r.perQuery().size()));
    }

    /** One report per query set, in the order given, all from one searcher. */
    @SafeVarargs
    private List<RelevanceMetrics.Report> evaluate(boolean semantic, List<RelevanceMetrics.Query>... sets)
            throws IOException {
        try (Searcher searcher = Searcher.open(tmp, 60_000, 0, semantic)) {
            return Stream.of(sets).map(set -> RelevanceMetrics.evaluate(set, q -> ranking(searcher, q))).toList();
        }
    }

    /**
     * The top ten hits with their whole texts: a judged substring may sit past the snippet a hit
     * carries by default, and must still identify its entry.
     */
    private static List<RelevanceMetrics.Returned> ranking(Searcher searcher, RelevanceMetrics.Query q) {
        try {
            return searcher.search(SearchRequest.of(q.text(), "1", "10", null, null, null, null), true).hits().stream()
                    .map(h -> new RelevanceMetrics.Returned(h.post().slug(), h.type(), h.text(),
                            h.alsoIn().stream().map(PostRef::slug).toList()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
