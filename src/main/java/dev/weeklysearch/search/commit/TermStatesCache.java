package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Terms' per-segment states and statistics in one commit, looked up once: queries share their
 * words, and a term query given its states skips the dictionary lookup. Built with statistics, so
 * they are only read afterwards and safe to share between queries. Owned by one {@link Commit} and
 * gone with it. Bound: {@value #MAX_TERMS} terms (about 100 bytes each, a few megabytes); once full
 * it stops adding, as every per-commit cache does.
 *
 * <p>A term outside its field's range (below the smallest term or above the largest) is absent
 * without a lookup: a clause asks every word field for each of its words, and the fields of project
 * names and slug words hold no Chinese term, which sorts after every Latin one. Such lookups were
 * the most common misses, and each read the map's scattered entries.
 */
public final class TermStatesCache implements Dictionary {
    static final int MAX_TERMS = 50_000;

    private final IndexSearcher searcher;
    private final Map<Term, TermStates> terms = new ConcurrentHashMap<>();
    /** Per field of the commit (bound: the schema's fields), its smallest and largest term. */
    private final Map<String, Range> ranges = new ConcurrentHashMap<>();
    /** The states of any absent term: no segment holds it. */
    private final TermStates absent;

    /** A field's terms lie in [min, max]; a field without terms has neither. */
    private record Range(BytesRef min, BytesRef max) {
        boolean holds(BytesRef term) {
            return min != null && term.compareTo(min) >= 0 && term.compareTo(max) <= 0;
        }
    }

    TermStatesCache(IndexSearcher searcher) {
        this.searcher = searcher;
        this.absent = new TermStates(searcher.getTopReaderContext());
    }

    @Override
    public TermStates states(Term term) throws IOException {
        if (!range(term.field()).holds(term.bytes())) {
            return absent;
        }
        TermStates states = terms.get(term);
        if (states == null) {
            states = TermStates.build(searcher, term, true);
            if (terms.size() < MAX_TERMS) {
                terms.put(term, states);
            }
        }
        return states;
    }

    private Range range(String field) throws IOException {
        Range r = ranges.get(field);
        if (r == null) {
            Terms all = MultiTerms.getTerms(searcher.getIndexReader(), field);
            BytesRef min = all == null ? null : all.getMin();
            BytesRef max = all == null ? null : all.getMax();
            r = min == null || max == null ? new Range(null, null)
                    : new Range(BytesRef.deepCopyOf(min), BytesRef.deepCopyOf(max));
            ranges.put(field, r);
        }
        return r;
    }
}
