package dev.weeklysearch.search.commit;

import java.io.IOException;
import org.apache.lucene.index.Term;

/** Whether a term is in the index. */
public interface TermCheck {
    boolean holds(Term term) throws IOException;
}
