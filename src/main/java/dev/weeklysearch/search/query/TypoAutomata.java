package dev.weeklysearch.search.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The Levenshtein automata of one typed word (edit distance 1 to its maximum, first letter fixed,
 * a transposition counting 1), built once and shared by every field its correction searches and by
 * its "did you mean". A {@link FuzzyQuery} builds them again for each field and each lookup: an
 * unknown word of eight letters cost 7.4 ms a query, 82 % of it building automata six times over
 * (four fields, two suggestion fields). The automata of the most recent words that needed them are
 * kept ({@link Recent}), so a typo that visitors repeat, and the suggestion of the request that just scored it,
 * find them built. Measured at two edits: 90 to 300 KB for a word of 8 to 19 letters.
 */
public final class TypoAutomata {
    private static final int PREFIX = 1;
    private final String word;
    private final BytesRef bytes;
    private final int codePoints;
    private final int maxEdits;
    /**
     * {@code levels[k]} accepts the terms within k edits ({@code levels[0]} is unused: exact is
     * equality). Built on first use: most typed words are in the index and never need them.
     */
    private volatile CompiledAutomaton[] levels;

    private final Recent owner;

    private TypoAutomata(String word, int maxEdits, Recent owner) {
        this.owner = owner;
        this.word = word;
        this.bytes = new BytesRef(word);
        this.codePoints = word.codePointCount(0, word.length());
        this.maxEdits = maxEdits;
    }

    private CompiledAutomaton[] levels() {
        CompiledAutomaton[] built = levels;
        if (built == null) {
            // Two requests may both build them; either result is the same.
            built = new CompiledAutomaton[maxEdits + 1];
            for (int k = 1; k <= maxEdits; k++) {
                built[k] = FuzzyQuery.getFuzzyAutomaton(word, k, PREFIX, true);
            }
            levels = built;
            // Kept only once built: the known words of every query, which never build theirs, would
            // otherwise push the built ones out.
            if (owner != null) {
                owner.keep(this);
            }
        }
        return built;
    }

    /** The terms of {@code terms} within the maximum distance, in term order. */
    TermsEnum termsEnum(Terms terms) throws IOException {
        return levels()[maxEdits].getTermsEnum(terms);
    }

    /**
     * How a term the outer automaton accepted weighs, as {@link FuzzyQuery} weighs it: 1 for the word
     * itself, else 1 - edits / the shorter length in code points, edits being the lowest level that
     * accepts the term.
     */
    float similarity(BytesRef term) {
        int edits = maxEdits;
        while (edits > 0 && accepts(term, edits - 1)) {
            edits--;
        }
        if (edits == 0) {
            return 1f;
        }
        int shorter = Math.min(UnicodeUtil.codePointCount(term), codePoints);
        return 1f - (float) edits / (float) shorter;
    }

    private boolean accepts(BytesRef term, int k) {
        return k == 0 ? term.bytesEquals(bytes) : levels()[k].runAutomaton.run(term.bytes, term.offset, term.length);
    }

    /** The word's correction in {@code field}: a fuzzy query over these automata. */
    MultiTermQuery query(String field, int expansions) {
        return new Correction(new Term(field, word), this, expansions);
    }

    /**
     * {@link FuzzyQuery}'s terms, weights and rewrite (the top {@code expansions} terms by weight,
     * blended frequencies), over automata it is given. It leaves out FuzzyQuery's narrowing of the
     * distance once enough close terms are found: with a few thousand terms a field, that saves less
     * than the automata it would build.
     */
    private static final class Correction extends MultiTermQuery {
        private final Term term;
        private final TypoAutomata automata;

        Correction(Term term, TypoAutomata automata, int expansions) {
            super(term.field(), new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansions));
            this.term = term;
            this.automata = automata;
        }

        @Override
        protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
            TermsEnum candidates = automata.termsEnum(terms);
            return new FilteredTermsEnum(candidates, false) {
                private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

                @Override
                protected AcceptStatus accept(BytesRef t) {
                    boost.setBoost(automata.similarity(t));
                    return AcceptStatus.YES;
                }
            };
        }

        @Override
        public void visit(QueryVisitor visitor) {
            if (visitor.acceptField(field)) {
                visitor.consumeTermsMatching(this, field, () -> automata.levels()[automata.maxEdits].runAutomaton);
            }
        }

        @Override
        public String toString(String defaultField) {
            return (field.equals(defaultField) ? "" : field + ":") + term.text() + "~" + automata.maxEdits;
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && term.equals(((Correction) other).term)
                    && automata.maxEdits == ((Correction) other).automata.maxEdits
                    && getRewriteMethod().equals(((Correction) other).getRewriteMethod());
        }

        @Override
        public int hashCode() {
            return 31 * (31 * classHash() + term.hashCode()) + automata.maxEdits;
        }
    }

    /**
     * The automata of the most recently corrected words, owned by the search facade (one per
     * process's serving lifetime). Bound: {@value #WORDS} words, least recently used out (90 to
     * 300 KB each at two edits).
     */
    public static final class Recent {
        static final int WORDS = 32;

        private final Map<String, TypoAutomata> kept = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TypoAutomata> eldest) {
                return size() > WORDS;
            }
        };

        /** The automata of {@code word} up to {@code maxEdits} (at least 1), built when first used. */
        TypoAutomata of(String word, int maxEdits) {
            TypoAutomata found;
            synchronized (kept) {
                found = kept.get(key(word, maxEdits));
            }
            return found != null ? found : new TypoAutomata(word, maxEdits, this);
        }

        private void keep(TypoAutomata built) {
            synchronized (kept) {
                kept.put(key(built.word, built.maxEdits), built);
            }
        }

        private static String key(String word, int maxEdits) {
            return maxEdits + ":" + word;
        }
    }
}
