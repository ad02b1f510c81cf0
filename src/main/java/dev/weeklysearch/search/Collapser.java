package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/** Folds reprints of one entry (same duplicate key) into the best-ranked one. */
final class Collapser {
    record Group(ScoreDoc best, List<Integer> reprints) {
    }

    private Collapser() {
    }

    /** Reads the keys from doc values: stored fields would decompress a block per document. */
    static List<Group> collapse(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<BytesRef, Group> groups = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            SortedDocValues dv = DocValues.getSorted(leaf.reader(), Schema.DUP_KEY);
            BytesRef key = dv.advanceExact(sd.doc - leaf.docBase)
                    ? BytesRef.deepCopyOf(dv.lookupOrd(dv.ordValue()))
                    : new BytesRef("doc:" + sd.doc);
            Group g = groups.get(key);
            if (g == null) {
                groups.put(key, new Group(sd, new ArrayList<>()));
            } else {
                g.reprints().add(sd.doc);
            }
        }
        return new ArrayList<>(groups.values());
    }
}
