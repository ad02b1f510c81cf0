package dev.weeklysearch.search.rank;

import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.facet.FacetCounts;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Sort;

/**
 * One pass of the word side over scores already computed ({@code ClauseScores}): the candidates
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

    private static final class Holder extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }
}
