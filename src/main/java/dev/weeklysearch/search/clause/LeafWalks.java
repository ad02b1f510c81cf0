package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One leaf of a clause ({@link Leaves}) walked over the index, or over a domain of it: scored into
 * sums, or matched into a set. Term leaves go through the request's kept enums ({@link TermLeaves});
 * the others (phrases, typo corrections) through their Lucene weight.
 */
final class LeafWalks {
    private LeafWalks() {
    }

    /** Sums the boosted leaf's score of each document of {@code domain} (all when null) it matches into {@code into}. */
    static void score(Commit searcher, Query leaf, float boost, Sums into, TermLeaves terms,
            FixedBitSet domain) throws IOException {
        if (leaf instanceof TermQuery t) {
            terms.score(searcher, t, boost, into, domain);
            return;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(leaf), ScoreMode.COMPLETE, boost);
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(segment);
            if (scorer == null) {
                continue;
            }
            Bits live = segment.reader().getLiveDocs();
            // A phrase's positions are read only for the domain's documents: its approximation walks first.
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            Within within = new Within(it, domain, segment.docBase, segment.reader().maxDoc());
            for (int d = within.next(); d != DocIdSetIterator.NO_MORE_DOCS; d = within.next()) {
                if ((live == null || live.get(d)) && (twoPhase == null || twoPhase.matches())) {
                    into.add(segment.docBase + d, scorer.score(), 1);
                }
            }
        }
        // The leaf is scored: the enums its phrases borrowed can serve the next leaf.
        terms.takeBack();
    }

    /**
     * Sets in {@code into} the documents of {@code domain} (all when null) the leaf matches, deleted
     * ones included (the caller leaves them out once). A document already set is not checked again:
     * a phrase's positions are read only for documents no earlier leaf of the clause matched.
     */
    static void match(Commit searcher, Query leaf, TermLeaves terms, FixedBitSet domain, FixedBitSet into)
            throws IOException {
        if (leaf instanceof TermQuery t) {
            terms.match(searcher, t, domain, into);
            return;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(leaf), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(segment);
            if (scorer == null) {
                continue;
            }
            int base = segment.docBase;
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
            Within within = new Within(it, domain, base, segment.reader().maxDoc());
            for (int d = within.next(); d != DocIdSetIterator.NO_MORE_DOCS; d = within.next()) {
                if (!into.get(base + d) && (twoPhase == null || twoPhase.matches())) {
                    into.set(base + d);
                }
            }
        }
        terms.takeBack();
    }
}
