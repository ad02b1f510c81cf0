package dev.weeklysearch.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher that keeps, for its one index commit, the stored fields of the documents it has
 * shown and its answers to repeated requests. Stored fields are compressed in blocks, and reading
 * one hit's costs a block's decompression; visitors repeat popular queries. A refresh to a newer
 * commit brings a new searcher with empty caches, so nothing stale is ever served.
 */
final class CachingSearcher extends IndexSearcher {
    /** About 1 KB a document: the cache stays a few megabytes. */
    private static final int MAX_DOCS = 8192;

    private final Map<Integer, Document> docs = new ConcurrentHashMap<>();
    private final Map<SearchRequest, SearchResult> results = new ConcurrentHashMap<>();

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

    /** A previous answer to the same request over this commit, or null. */
    SearchResult result(SearchRequest request) {
        return results.get(request);
    }

    /** Keeps {@code result} while fewer than {@code max} answers are kept: popular queries come first anyway. */
    void remember(SearchRequest request, SearchResult result, int max) {
        if (results.size() < max) {
            results.put(request, result);
        }
    }

    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
            return new CachingSearcher(reader);
        }
    }
}
