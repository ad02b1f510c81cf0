package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;

/**
 * Terms' per-segment states and statistics in one commit, looked up once: queries share their
 * words, and a term query given its states skips the dictionary lookup. Built with statistics, so
 * they are only read afterwards and safe to share between queries. Owned by one {@link Commit} and
 * gone with it. Bound: {@value #MAX_TERMS} terms (about 100 bytes each, a few megabytes); once full
 * it stops adding, as every per-commit cache does.
 */
public final class TermStatesCache implements Dictionary {
    static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> terms = new ConcurrentHashMap<>();

    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    @Override
    public TermStates states(Term term) throws IOException {
        TermStates states = terms.get(term);
        if (states == null) {
            states = TermStates.build(searcher, term, true);
            if (terms.size() < MAX_TERMS) {
                terms.put(term, states);
            }
        }
        return states;
    }
}
