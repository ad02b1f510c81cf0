package dev.weeklysearch.search.commit;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The documents of a commit whose reprint key another document shares, each with a dense group
 * number (0 to {@link #groups()}, one per shared key): the facets count such an entry once, with a
 * bit per group where a set of long keys would take a boxed entry per match. Bound: one int a
 * document; lifetime: the commit's.
 */
public final class Reprints {
    /** Per document (commit-wide number): its group, or -1 when no other document shares its key. */
    private final int[] group;
    private final int groups;

    private Reprints(int[] group, int groups) {
        this.group = group;
        this.groups = groups;
    }

    /** Once per commit: the keys of every document, sorted, give the keys seen twice or more. */
    static Reprints of(IndexReader reader) throws IOException {
        long[] keys = new long[reader.maxDoc()];
        boolean[] has = new boolean[reader.maxDoc()];
        int n = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DUP_KEY);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                keys[leaf.docBase + doc] = dv.longValue();
                has[leaf.docBase + doc] = true;
                n++;
            }
        }
        long[] sorted = new long[n];
        n = 0;
        for (int doc = 0; doc < keys.length; doc++) {
            if (has[doc]) {
                sorted[n++] = keys[doc];
            }
        }
        Arrays.sort(sorted);
        // The shared keys, each once, in order: a group's number is its key's place among them.
        long[] shared = new long[n];
        int groups = 0;
        for (int i = 1; i < n; i++) {
            if (sorted[i] == sorted[i - 1] && (groups == 0 || shared[groups - 1] != sorted[i])) {
                shared[groups++] = sorted[i];
            }
        }
        int[] group = new int[reader.maxDoc()];
        for (int doc = 0; doc < keys.length; doc++) {
            group[doc] = has[doc] ? Math.max(-1, Arrays.binarySearch(shared, 0, groups, keys[doc])) : -1;
        }
        return new Reprints(group, groups);
    }

    /** The reprint group of {@code doc} (commit-wide number), or -1 when it is printed once. */
    public int group(int doc) {
        return group[doc];
    }

    /** How many keys two documents or more share: group numbers run from 0 to this, exclusive. */
    public int groups() {
        return groups;
    }
}
