package dev.weeklysearch.search.commit;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;

/** A term's states in the commit (cached per commit by the caller); no documents when absent. */
public interface Dictionary extends TermCheck {
    TermStates states(Term term) throws IOException;

    @Override
    default boolean holds(Term term) throws IOException {
        return states(term).docFreq() > 0;
    }
}
