package dev.weeklysearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that keeps the stored fields of the documents it has shown. Stored fields are
 * compressed in blocks, and reading one hit's costs a block's decompression; hits repeat across
 * queries, and each searcher (one per index commit) starts with an empty cache.
 */
final class CachingSearcher extends IndexSearcher {
    /** About 1 KB a document: the cache stays a few megabytes. */
    private static final int MAX_DOCS = 8192;

    private final Map<Integer, Document> docs = new ConcurrentHashMap<>();

    CachingSearcher(IndexReader reader) {
        super(reader);
    }

    /** The stored fields of {@code doc}, read once per searcher. */
    Document document(int doc) throws IOException {
        Document d = docs.get(doc);
        if (d == null) {
            d = storedFields().document(doc);
            if (docs.size() < MAX_DOCS) {
                docs.put(doc, d);
            }
        }
        return d;
    }

    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new CachingSearcher(reader);
        }
    }
}
