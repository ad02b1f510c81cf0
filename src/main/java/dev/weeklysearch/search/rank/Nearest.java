package dev.weeklysearch.search.rank;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.VectorScorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * The semantic side's candidates: the {@code k} entry vectors nearest the query's, among those the
 * filter admits, best first.
 *
 * <p>An index of up to {@value #EXACT_MAX_VECTORS} vectors (the archive has about 1,200) is
 * searched exactly, every vector scored: the HNSW graph is approximate, and its shape follows the
 * order in which the indexing threads added the entries, so two builds of the same posts gave
 * other neighbours (the unseen set's hybrid MRR@10 moved between 0.458 and 0.489 over seven
 * builds) while the lexical side did not move. Exact, the neighbours depend on the vectors alone.
 * Ties are common, not rare: the weekly meetings share their titles, so their vectors are equal,
 * and a document number depends on the build. Entries that tie with the last one kept are kept
 * too, and they share a rank in the fusion ({@link #ranks}), so that neither a build nor a date
 * decides which of them the semantic side favours; listed, the newer goes first (then the lower
 * document number). Scoring the archive's vectors took
 * 0.5 ms a query against the graph's 0.35 ms (scalar, on a busy machine), small beside the query's
 * embedding; a larger index walks the graph.
 *
 * <p>One vector per entry, its head ({@code EntryDocuments.semanticText}). Several per entry were
 * measured (issue 23, both judged sets, exact neighbours): sentence windows of 240 characters behind
 * their context (the question, the release's title, the section heading and the event's title), an
 * entry counting by its best passage. Windows for every kind, or for Q&amp;A follow-up rounds alone,
 * lowered the tuned set (MRR@10 0.895 to 0.878–0.884; its qa-zh group 0.946 to 0.902–0.923: an
 * entry with many passages gets more draws than one with a single vector) and left the unseen set
 * where it was (0.474–0.483 against 0.478), a window counting 0.01 less than a head included;
 * windows for events alone kept the tuned set (0.896) and lowered the unseen one (0.469, its date
 * group 0.470 to 0.416); a second list of windows at weight 0.25 lowered both. The section
 * heading before a title in the head passage moved groups both ways (tuned 0.894, trad -0.056, release +0.031; unseen 0.483 but
 * Recall@10 0.642 to 0.625, date +0.095, paraphrase2 -0.071).
 */
final class Nearest {
    /** Up to this many vectors, every one is scored (10 million multiply-adds at most). */
    static final int EXACT_MAX_VECTORS = 20_000;
    /** Best first: higher score, then newer, then lower document number. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::date).reversed()).thenComparingInt(Candidate::doc);
    /** At most this many times k entries, however many tie at the cut. */
    static final int MAX_TIES_FACTOR = 4;

    private record Candidate(int doc, float score, long date) {
    }

    private Nearest() {
    }

    static TopDocs search(IndexSearcher searcher, float[] query, int k, Query filter) throws IOException {
        if (vectors(searcher) > EXACT_MAX_VECTORS) {
            return searcher.search(new KnnFloatVectorQuery(Schema.VECTOR, query, k, filter), k);
        }
        Weight admitted = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Candidate> all = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            Scorer filterScorer = admitted.scorer(leaf);
            if (values == null || filterScorer == null) {
                continue;
            }
            VectorScorer scorer = values.scorer(query);
            DocIdSetIterator filterDocs = filterScorer.iterator();
            DocIdSetIterator docs = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            NumericDocValues dates = DocValues.getNumeric(leaf.reader(), Schema.DATE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if ((live != null && !live.get(doc))
                        || (filterDocs.docID() < doc ? filterDocs.advance(doc) : filterDocs.docID()) != doc) {
                    continue;
                }
                long date = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                all.add(new Candidate(leaf.docBase + doc, scorer.score(), date));
            }
        }
        all.sort(BEST_FIRST);
        int n = Math.min(k, all.size());
        // Entries that tie with the last one kept are kept too: which of equal vectors made the cut
        // would otherwise be decided by their dates, which say nothing of the query.
        while (n > 0 && n < all.size() && n < k * MAX_TIES_FACTOR && all.get(n).score() == all.get(n - 1).score()) {
            n++;
        }
        ScoreDoc[] top = new ScoreDoc[n];
        for (int i = 0; i < n; i++) {
            top[i] = new ScoreDoc(all.get(i).doc(), all.get(i).score());
        }
        return new TopDocs(new TotalHits(top.length, TotalHits.Relation.EQUAL_TO), top);
    }

    /**
     * The rank of each neighbour, from 1, equal scores sharing the rank of the first of them
     * ("1, 2, 2, 4"). Equal vectors (the weekly meetings' titles) say nothing to tell their entries
     * apart, so the fusion gives each the same share and leaves their order to the word side.
     */
    static int[] ranks(ScoreDoc[] neighbours) {
        int[] ranks = new int[neighbours.length];
        for (int i = 0; i < neighbours.length; i++) {
            ranks[i] = i > 0 && neighbours[i].score == neighbours[i - 1].score ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }

    private static long vectors(IndexSearcher searcher) throws IOException {
        long n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Schema.VECTOR);
            n += values == null ? 0 : values.size();
        }
        return n;
    }
}
