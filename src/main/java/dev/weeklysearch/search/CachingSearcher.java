package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.FixedBitSet;

/**
 * A searcher that keeps, for its one index commit, the stored fields of the documents it has
 * shown and its answers to repeated requests. Stored fields are compressed in blocks, and reading
 * one hit's costs a block's decompression; visitors repeat popular queries. A refresh to a newer
 * commit brings a new searcher with empty caches, so nothing stale is ever served.
 *
 * <p>It also holds what every query over this commit shares and would otherwise rebuild: the
 * highlighter (with its field infos) and the set of reprinted documents the facets need.
 */
final class CachingSearcher extends IndexSearcher {
    /** About 1 KB a document: the cache stays a few megabytes. */
    private static final int MAX_DOCS = 8192;

    private final Map<Integer, Document> docs = new ConcurrentHashMap<>();
    private final Map<SearchRequest, SearchResult> results = new ConcurrentHashMap<>();

    private final Highlights highlights;
    private final FixedBitSet reprinted;

    CachingSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.highlights = new Highlights(this);
        this.reprinted = reprinted(reader);
    }

    Highlights highlights() {
        return highlights;
    }

    /** The documents whose reprint key another document of this commit shares. */
    FixedBitSet reprinted() {
        return reprinted;
    }

    /** Once per commit: the keys of every document, sorted, give the keys seen twice or more. */
    private static FixedBitSet reprinted(IndexReader reader) throws IOException {
        long[] keys = new long[reader.maxDoc()];
        boolean[] has = new boolean[reader.maxDoc()];
        forEachKey(reader, (doc, key) -> {
            keys[doc] = key;
            has[doc] = true;
        });
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

    private interface KeyConsumer {
        void accept(int doc, long key);
    }

    private static void forEachKey(IndexReader reader, KeyConsumer consumer) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DUP_KEY);
            for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
                consumer.accept(leaf.docBase + doc, dv.longValue());
            }
        }
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
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new CachingSearcher(reader);
        }
    }
}
