package dev.weeklysearch.search.rank;

import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.facet.FacetCounts;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;

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

    static FacetCounts.Result run(Commit searcher, ClauseScores.Sums candidates, IntPredicate match,
            DocScore score, SearchRequest request, int window, Sort sort) throws IOException {
        int[] docs = new int[candidates.size];
        int n = 0;
        for (int i = 0; i < candidates.size; i++) {
            int doc = candidates.touched[i];
            if (match.test(doc)) {
                docs[n++] = doc;
            }
        }
        // Collectors take each segment's documents in increasing order.
        Arrays.sort(docs, 0, n);
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

    private static final class Holder extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }
}
