package dev.weeklysearch.search.rank;

import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.facet.FacetCounts;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass of the word side over scores already computed ({@link ClauseScores}): the candidates
 * that match the pass, in index order, through {@link FacetCounts}, as a search would collect them.
 */
final class WordPass {
    interface DocScore {
        float of(int doc);
    }

    private WordPass() {
    }

    /** @param docs the pass's matches, in index order */
    static FacetCounts.Result run(Commit searcher, int[] docs, DocScore score, SearchRequest request, int window,
            Sort sort) throws IOException {
        int n = docs.length;
        FacetCounts facets = new FacetCounts(request, sort, window, searcher);
        FacetCounts.Counter counter = facets.newCollector();
        Holder holder = new Holder();
        int i = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (i < n && docs[i] < end) {
                LeafCollector collector = counter.getLeafCollector(leaf);
                collector.setScorer(holder);
                for (; i < n && docs[i] < end; i++) {
                    holder.score = score.of(docs[i]);
                    collector.collect(docs[i] - leaf.docBase);
                }
                collector.finish();
            }
        }
        return facets.reduce(List.of(counter));
    }

    /** The set's documents, in index order. */
    static int[] members(FixedBitSet set) {
        int[] docs = new int[set.cardinality()];
        int n = 0;
        for (int d = set.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < set.length() ? set.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            docs[n++] = d;
        }
        return docs;
    }

    /** The touched documents that match, in index order. */
    static int[] matches(ClauseScores.Sums touched, IntPredicate match) {
        int[] docs = new int[touched.size];
        int n = 0;
        for (int i = 0; i < touched.size; i++) {
            if (match.test(touched.touched[i])) {
                docs[n++] = touched.touched[i];
            }
        }
        // Collectors take each segment's documents in increasing order.
        Arrays.sort(docs, 0, n);
        return Arrays.copyOf(docs, n);
    }

    private static final class Holder extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }
}
