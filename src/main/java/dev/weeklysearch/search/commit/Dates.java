package dev.weeklysearch.search.commit;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Each document's post date (epoch day, {@link Schema#DATE}) on the heap, read once per commit: the
 * facets' top collector breaks ties between equal scores (at 100x every entry has a hundred reprints
 * with its score) and sorts by date with an array read, where a doc-values read costs a memory
 * session check. A document without a date reads 0, as Lucene's numeric sort takes a missing value.
 * Bound: one long a document; lifetime: the commit's.
 */
public final class Dates {
    private final long[] days;

    private Dates(long[] days) {
        this.days = days;
    }

    static Dates of(IndexReader reader) throws IOException {
        long[] days = new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DATE);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                days[leaf.docBase + doc] = dv.longValue();
            }
        }
        return new Dates(days);
    }

    /** The date of {@code doc} (commit-wide number) as an epoch day, 0 when it has none. */
    public long of(int doc) {
        return days[doc];
    }
}
