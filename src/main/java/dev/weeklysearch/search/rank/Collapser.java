package dev.weeklysearch.search.rank;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Folds reprints of one entry (same duplicate key) into the best-ranked one. */
public final class Collapser {
    public record Group(ScoreDoc best, List<Integer> reprints) {
    }

    private Collapser() {
    }

    public static List<Group> collapse(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Long, Group> groups = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            Group g = groups.computeIfAbsent(key(leaves, sd.doc), k -> new Group(sd, new ArrayList<>()));
            if (g.best() != sd) {
                g.reprints().add(sd.doc);
            }
        }
        return new ArrayList<>(groups.values());
    }

    /** The reprint key of a document, from doc values. */
    static long key(List<LeafReaderContext> leaves, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DUP_KEY);
        // A document without a key is its own group: its doc id cannot collide with a hash in practice.
        return dv.advanceExact(doc - leaf.docBase) ? dv.longValue() : doc;
    }
}
