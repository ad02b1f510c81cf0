package dev.weeklysearch.index;

import dev.weeklysearch.extract.Kind;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/** Counts over an open index. */
public final class IndexStats {
    private IndexStats() {
    }

    static Map<String, Integer> entriesByKind(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return entriesByKind(reader);
        }
    }

    /** Live entry documents by kind, in {@link Kind} order; kinds with none are left out. */
    public static Map<String, Integer> entriesByKind(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            int n = searcher.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_ENTRY)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.KIND, k.id())), BooleanClause.Occur.FILTER)
                    .build());
            if (n > 0) {
                counts.put(k.id(), n);
            }
        }
        return counts;
    }
}
