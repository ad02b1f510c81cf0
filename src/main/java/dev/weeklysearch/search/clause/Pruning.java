package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Dictionary;
import dev.weeklysearch.search.query.UnknownWordQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A clause's query without the parts that cannot match this commit: terms the index does not
 * hold, phrases with such a term, and whatever only they made up. A clause spans five word fields
 * and several forms of each word (phrase, loose words, joined and split Latin words), most of which
 * name terms absent from a given field; each would still cost a term lookup, a weight and a scorer
 * per segment. Absent terms add nothing to a score, so the pruned query scores every document as
 * the whole one does.
 */
final class Pruning {
    private final Dictionary dictionary;
    private final TermLeaves enums;

    Pruning(Dictionary dictionary) {
        this(dictionary, null);
    }

    /** Phrases kept read their enums from {@code enums} (one request's), when not null. */
    Pruning(Dictionary dictionary, TermLeaves enums) {
        this.dictionary = new Seen(dictionary);
        this.enums = enums;
    }

    /**
     * The commit's dictionary, each term looked up there once per request: a clause names the same
     * word several times in a field (its phrase, its loose words, its joined form), and each lookup
     * in the commit's cache of tens of thousands of terms missed the processor's caches. Bound: the
     * terms of one request's clauses; gone with the request's {@code Pruning}.
     */
    private static final class Seen implements Dictionary {
        private final Dictionary commit;
        private final Map<Term, TermStates> seen = new HashMap<>();

        Seen(Dictionary commit) {
            this.commit = commit;
        }

        @Override
        public TermStates states(Term term) throws IOException {
            TermStates states = seen.get(term);
            if (states == null) {
                states = commit.states(term);
                seen.put(term, states);
            }
            return states;
        }
    }

    /** The query without its unmatchable parts, or null when nothing of it can match. */
    Query prune(Query q) throws IOException {
        if (q instanceof TermQuery t) {
            // With its states the term query skips the dictionary lookup its weight would make.
            TermStates states = dictionary.states(t.getTerm());
            return states.docFreq() > 0 ? new TermQuery(t.getTerm(), states) : null;
        }
        if (q instanceof BoostQuery b) {
            Query inner = prune(b.getQuery());
            return inner == null ? null : inner == b.getQuery() ? q : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            TermStates[] states = new TermStates[terms.length];
            for (int i = 0; i < terms.length; i++) {
                states[i] = dictionary.states(terms[i]);
                if (states[i].docFreq() == 0) {
                    return null;
                }
            }
            // Like a term query, a phrase given its terms' states skips their lookups.
            return KnownPhraseQuery.fits(p) ? new KnownPhraseQuery(p, states, enums) : q;
        }
        if (q instanceof MultiPhraseQuery mp) {
            for (Term[] position : mp.getTermArrays()) {
                if (!any(position)) {
                    return null;
                }
            }
            return q;
        }
        if (q instanceof SynonymQuery s) {
            return any(s.getTerms().toArray(Term[]::new)) ? q : null;
        }
        if (q instanceof BooleanQuery b) {
            return bool(b);
        }
        if (q instanceof UnknownWordQuery u) {
            // Settled here through the cached dictionary rather than by lookups at each rewrite.
            return u.held(dictionary) ? null : prune(u.correction());
        }
        return q;
    }

    private boolean any(Term[] terms) throws IOException {
        for (Term t : terms) {
            if (dictionary.holds(t)) {
                return true;
            }
        }
        return false;
    }

    private Query bool(BooleanQuery b) throws IOException {
        List<BooleanClause> kept = new ArrayList<>();
        int should = 0;
        boolean changed = false;
        for (BooleanClause c : b.clauses()) {
            Query pruned = prune(c.query());
            boolean required = c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER;
            if (pruned == null) {
                if (required) {
                    return null;
                }
                changed = true;
                continue;
            }
            changed |= pruned != c.query();
            kept.add(new BooleanClause(pruned, c.occur()));
            should += c.occur() == BooleanClause.Occur.SHOULD ? 1 : 0;
        }
        int required = (int) kept.stream().filter(c -> c.occur() == BooleanClause.Occur.MUST
                || c.occur() == BooleanClause.Occur.FILTER).count();
        if (should < b.getMinimumNumberShouldMatch() || should == 0 && required == 0) {
            // Too few optional clauses left to reach the minimum, or nothing positive at all.
            return null;
        }
        if (!changed) {
            return b;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        kept.forEach(out::add);
        return out.build();
    }
}
