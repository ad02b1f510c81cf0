package dev.weeklysearch.search.commit;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/** The documents of a commit whose reprint key another document shares: the facets count such an entry once. */
final class Reprints {
    private Reprints() {
    }

    /** Once per commit: the keys of every document, sorted, give the keys seen twice or more. */
    static FixedBitSet of(IndexReader reader) throws IOException {
        long[] keys = new long[reader.maxDoc()];
        boolean[] has = new boolean[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DUP_KEY);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                keys[leaf.docBase + doc] = dv.longValue();
                has[leaf.docBase + doc] = true;
            }
        }
        long[] sorted = new long[reader.maxDoc()];
        int n = 0;
        for (int doc = 0; doc < keys.length; doc++) {
            if (has[doc]) {
                sorted[n++] = keys[doc];
            }
        }
        Arrays.sort(sorted, 0, n);
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (int doc = 0; doc < keys.length; doc++) {
            if (has[doc] && count(sorted, n, keys[doc]) > 1) {
                out.set(doc);
            }
        }
        return out;
    }

    private static int count(long[] sorted, int n, long key) {
        int i = Arrays.binarySearch(sorted, 0, n, key);
        int count = 0;
        for (int j = i; j >= 0 && sorted[j] == key; j--) {
            count++;
        }
        for (int j = i + 1; j < n && sorted[j] == key; j++) {
            count++;
        }
        return count;
    }
}
