package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * One sorted-set doc-values field of a commit as ints on the heap, read once per commit: each
 * document's values as ordinals global to the commit (Lucene's {@link OrdinalMap} over the
 * segments), and the value of each ordinal. The facets read a match's values with array reads
 * instead of advancing three doc-values iterators per segment and per request, and count over
 * ordinals that mean the same in every segment.
 *
 * <p>Bound: one int a document (plus one a value and one a document more when some document holds
 * several values), and the field's distinct values; lifetime: the commit's.
 *
 * <p>A document's values are its ordinals at positions {@code from(doc)} (inclusive) to
 * {@code to(doc)} (exclusive), each read with {@link #ord}, in increasing order and each once, as
 * {@link SortedSetDocValues} gives them.
 */
public final class Ordinals {
    private final String[] values;
    /** Single-valued: each document's ordinal, -1 for none. Multi-valued: the ordinals of all documents in a row. */
    private final int[] ords;
    /** Multi-valued only: where each document's ordinals start in {@link #ords}; null when no document holds two. */
    private final int[] start;

    private Ordinals(String[] values, int[] ords, int[] start) {
        this.values = values;
        this.ords = ords;
        this.start = start;
    }

    static Ordinals of(IndexReader reader, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] segments = new SortedSetDocValues[leaves.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
        }
        OrdinalMap map = OrdinalMap.build(null, segments, PackedInts.DEFAULT);
        String[] values = new String[Math.toIntExact(map.getValueCount())];
        for (int ord = 0; ord < values.length; ord++) {
            values[ord] = segments[map.getFirstSegmentNumber(ord)].lookupOrd(map.getFirstSegmentOrd(ord)).utf8ToString();
        }
        int maxDoc = reader.maxDoc();
        boolean multi = false;
        for (SortedSetDocValues dv : segments) {
            // A segment whose documents hold one value at most stores the field as single-valued.
            multi |= DocValues.unwrapSingleton(dv) == null;
        }
        if (!multi) {
            int[] ords = new int[maxDoc];
            Arrays.fill(ords, -1);
            for (int i = 0; i < leaves.size(); i++) {
                int base = leaves.get(i).docBase;
                SortedDocValues dv = DocValues.unwrapSingleton(DocValues.getSortedSet(leaves.get(i).reader(), field));
                LongValues global = map.getGlobalOrds(i);
                for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                    ords[base + doc] = Math.toIntExact(global.get(dv.ordValue()));
                }
            }
            return new Ordinals(values, ords, null);
        }
        int[] start = new int[maxDoc + 1];
        for (LeafReaderContext leaf : leaves) {
            SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), field);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                start[leaf.docBase + doc + 1] = dv.docValueCount();
            }
        }
        for (int doc = 0; doc < maxDoc; doc++) {
            start[doc + 1] += start[doc];
        }
        int[] ords = new int[start[maxDoc]];
        for (int i = 0; i < leaves.size(); i++) {
            int base = leaves.get(i).docBase;
            SortedSetDocValues dv = DocValues.getSortedSet(leaves.get(i).reader(), field);
            LongValues global = map.getGlobalOrds(i);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                int at = start[base + doc];
                for (int k = 0; k < dv.docValueCount(); k++) {
                    ords[at + k] = Math.toIntExact(global.get(dv.nextOrd()));
                }
            }
        }
        return new Ordinals(values, ords, start);
    }

    /** How many distinct values the field holds in the commit. */
    public int size() {
        return values.length;
    }

    /** The value of a global ordinal. */
    public String value(int ord) {
        return values[ord];
    }

    /** The global ordinal of {@code value}, or -1 when no document of the commit holds it. */
    public int lookup(String value) {
        // Once per request and selected value, over a field's few distinct values.
        return Arrays.asList(values).indexOf(value);
    }

    /** Where {@code doc}'s (commit-wide document number) ordinals start. */
    public int from(int doc) {
        return start == null ? doc : start[doc];
    }

    /** Where {@code doc}'s ordinals end (exclusive). */
    public int to(int doc) {
        return start == null ? (ords[doc] < 0 ? doc : doc + 1) : start[doc + 1];
    }

    /** The ordinal at a position between {@link #from} and {@link #to}. */
    public int ord(int at) {
        return ords[at];
    }
}
