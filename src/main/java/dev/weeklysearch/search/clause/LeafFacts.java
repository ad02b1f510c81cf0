package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;

/** What a leaf's shape tells before any of its postings is read. */
final class LeafFacts {
    private LeafFacts() {
    }

    /**
     * The most the boosted leaf can score in a document: its BM25 weight, the score at an unbounded
     * frequency (a phrase's over its terms' statistics); infinite when the leaf is neither a term nor
     * an exact phrase.
     */
    static double bound(Commit searcher, Query leaf, float boost) throws IOException {
        if (leaf instanceof TermQuery t) {
            TermStates states = t.getTermStates() != null ? t.getTermStates() : searcher.terms().states(t.getTerm());
            if (states.docFreq() == 0) {
                return 0;
            }
            return searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(t.getTerm().field()),
                    searcher.termStatistics(t.getTerm(), states.docFreq(), states.totalTermFreq()))
                    .score(Float.MAX_VALUE, 1L);
        }
        if (leaf instanceof KnownPhraseQuery p) {
            Similarity.SimScorer sim = p.simScorer(searcher, boost);
            return sim == null ? 0 : sim.score(Float.MAX_VALUE, 1L);
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Whether a group of term leaves needing {@code minimum} of them matches every document the leaf
     * matches: a phrase holds each of its terms, so a group needing no more of them than the phrase
     * holds matches wherever the phrase does (a word's phrase and its characters' group in one field).
     * Such a phrase adds nothing to its clause's matches, and its positions are most of what matching
     * costs.
     */
    static boolean impliedBy(Query leaf, int minimum, Set<Query> group) {
        Term[] phrase = leaf instanceof KnownPhraseQuery k ? k.terms()
                : leaf instanceof PhraseQuery p ? p.getTerms() : null;
        if (phrase == null || phrase.length == 0) {
            return false;
        }
        Set<Term> held = new HashSet<>(List.of(phrase));
        int shared = 0;
        for (Query q : group) {
            shared += q instanceof TermQuery t && held.contains(t.getTerm()) ? 1 : 0;
        }
        return shared >= minimum;
    }

    /**
     * The documents of the leaf's rarest term; all when it names none. A pruned term or phrase
     * carries its terms' states, so only other leaves look their terms up.
     */
    static long rarest(Commit searcher, Query leaf) throws IOException {
        if (leaf instanceof TermQuery t && t.getTermStates() != null) {
            return t.getTermStates().docFreq();
        }
        if (leaf instanceof KnownPhraseQuery p) {
            return p.rarest();
        }
        Set<Term> held = new HashSet<>();
        leaf.visit(QueryVisitor.termCollector(held));
        long rarest = held.isEmpty() ? searcher.getIndexReader().maxDoc() : Long.MAX_VALUE;
        for (Term t : held) {
            rarest = Math.min(rarest, searcher.terms().states(t).docFreq());
        }
        return rarest;
    }
}
