package dev.weeklysearch.search.clause;

import java.io.IOException;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.IOSupplier;

/**
 * An exact phrase whose terms were already looked up in this commit ({@code TermStatesCache}):
 * it scores and matches as its {@link PhraseQuery} does, but its weight reads the remembered term
 * states instead of looking each term up in every segment again. The Chinese words of a query are
 * phrases in five word fields, so those lookups were the largest part of weighing a query.
 */
final class KnownPhraseQuery extends Query {
    private final PhraseQuery phrase;
    private final TermStates[] states;
    /** Where the scorers' enums come from, or null for new ones. */
    private final TermLeaves enums;

    /**
     * {@code phrase} exact (slop 0), of two terms or more, from position 0; one state per term. Its
     * scorers read enums from {@code enums} (one request's, see {@link TermLeaves#lend}) rather than
     * allocating them, when not null.
     */
    KnownPhraseQuery(PhraseQuery phrase, TermStates[] states, TermLeaves enums) {
        if (phrase.getSlop() != 0 || phrase.getTerms().length < 2 || phrase.getPositions()[0] != 0
                || states.length != phrase.getTerms().length) {
            throw new IllegalArgumentException("not an exact phrase of its states: " + phrase);
        }
        this.phrase = phrase;
        this.states = states.clone();
        this.enums = enums;
    }

    /** Whether {@code phrase} has the shape this query takes. */
    static boolean fits(PhraseQuery phrase) {
        return phrase.getSlop() == 0 && phrase.getTerms().length >= 2 && phrase.getPositions()[0] == 0;
    }

    Term[] terms() {
        return phrase.getTerms();
    }

    /** The phrase's BM25 scorer: over the statistics of its terms the index holds; null when none. */
    Similarity.SimScorer simScorer(IndexSearcher s, float boost) throws IOException {
        Term[] terms = phrase.getTerms();
        TermStatistics[] stats = new TermStatistics[terms.length];
        int n = 0;
        for (int i = 0; i < terms.length; i++) {
            if (states[i].docFreq() > 0) {
                stats[n++] = s.termStatistics(terms[i], states[i].docFreq(), states[i].totalTermFreq());
            }
        }
        return n == 0 ? null : s.getSimilarity().scorer(boost, s.collectionStatistics(phrase.getField()),
                ArrayUtil.copyOfSubArray(stats, 0, n));
    }

    /** The documents of its rarest term: no more can hold the phrase. Read from the states, not looked up. */
    long rarest() {
        long rarest = Long.MAX_VALUE;
        for (TermStates s : states) {
            rarest = Math.min(rarest, s.docFreq());
        }
        return rarest;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        return new PhraseWeight(this, phrase.getField(), searcher, scoreMode) {
            @Override
            protected Similarity.SimScorer getStats(IndexSearcher s) throws IOException {
                return simScorer(s, boost);
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext context, Similarity.SimScorer scorer,
                    boolean exposeOffsets) throws IOException {
                TermsEnum te = termsEnum(context);
                if (te == null) {
                    return null;
                }
                PhraseQuery.PostingsAndFreq[] postings = new PhraseQuery.PostingsAndFreq[terms.length];
                float cost = 0;
                for (int i = 0; i < terms.length; i++) {
                    IOSupplier<TermState> supplier = states[i].get(context);
                    TermState state = supplier == null ? null : supplier.get();
                    if (state == null) {
                        // A term missing from this segment: the phrase matches nothing here.
                        return null;
                    }
                    te.seekExact(terms[i].bytes(), state);
                    int flags = exposeOffsets ? PostingsEnum.OFFSETS : PostingsEnum.POSITIONS;
                    PostingsEnum docs;
                    ImpactsEnum impacts;
                    if (scoreMode == ScoreMode.TOP_SCORES) {
                        docs = impacts = te.impacts(flags);
                    } else {
                        docs = enums == null ? te.postings(null, flags) : enums.lend(context, te, phrase.getField(), flags);
                        impacts = new SlowImpactsEnum(docs);
                    }
                    postings[i] = new PhraseQuery.PostingsAndFreq(docs, impacts, positions[i], terms[i]);
                    cost += PhraseQuery.termPositionsCost(te);
                }
                // Rarest term first, as PhraseQuery leads its matcher.
                ArrayUtil.timSort(postings);
                return new ExactPhraseMatcher(postings, scoreMode, scorer, cost);
            }
        };
    }

    private TermsEnum termsEnum(LeafReaderContext context) throws IOException {
        if (enums != null) {
            return enums.termsEnum(context, phrase.getField());
        }
        Terms terms = context.reader().terms(phrase.getField());
        return terms == null ? null : terms.iterator();
    }

    @Override
    public void visit(QueryVisitor visitor) {
        phrase.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return phrase.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && phrase.equals(((KnownPhraseQuery) other).phrase);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + phrase.hashCode();
    }
}
