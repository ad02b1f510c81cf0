package dev.weeklysearch.search;

import dev.weeklysearch.analysis.Synonyms;
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
import org.apache.lucene.index.TermStates;
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
    private final Map<SearchRequest, Answer> results = new ConcurrentHashMap<>();

    /** An answer and the synonyms it was computed with. */
    private record Answer(Synonyms synonyms, SearchResult result) {
    }

    /** Workspaces kept for reuse: about one a core; more concurrent requests make their own. */
    private static final int POOLED_WORKSPACES = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    /** About 100 bytes a term: a few megabytes at most. */
    private static final int MAX_TERMS = 50_000;

    private final Map<org.apache.lucene.index.Term, TermStates> terms = new ConcurrentHashMap<>();
    private final Highlights highlights;
    private final NormCache norms;
    private final FixedBitSet reprinted;
    private final FixedBitSet entries;
    private final Object completionsLock = new Object();
    /** Guarded by {@code completionsLock}; one per commit, bounded by {@link Completions#MAX_PHRASES}. */
    private Completions completions;
    private final java.util.concurrent.BlockingQueue<ClauseScores.Workspace> workspaces =
            new java.util.concurrent.ArrayBlockingQueue<>(POOLED_WORKSPACES);

    CachingSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.highlights = new Highlights(this);
        this.norms = new NormCache(reader.leaves());
        this.reprinted = reprinted(reader);
        this.entries = entries(reader);
    }

    /** The documents that are entries (today every document; the schema leaves room for others). */
    FixedBitSet entries() {
        return entries;
    }

    private static FixedBitSet entries(IndexReader reader) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.PostingsEnum docs = leaf.reader().postings(
                    new org.apache.lucene.index.Term(Schema.DOC_TYPE, Schema.TYPE_ENTRY));
            if (docs == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.set(leaf.docBase + doc);
                }
            }
        }
        return out;
    }

    /** This commit's completions, built on the first request for them (a few hundred ms over the archive). */
    Completions completions() throws IOException {
        synchronized (completionsLock) {
            if (completions == null) {
                completions = Completions.build(getIndexReader(), entries);
            }
            return completions;
        }
    }

    Highlights highlights() {
        return highlights;
    }

    /** The segment's norms of {@code field} read once for this commit, or null (read them from the segment). */
    byte[] norms(LeafReaderContext segment, String field) {
        return norms.of(segment, field);
    }

    /** Whether this commit holds {@code term} in any document. */
    boolean holds(org.apache.lucene.index.Term term) throws IOException {
        return states(term).docFreq() > 0;
    }

    /**
     * The term's per-segment states and statistics in this commit, looked up once and remembered:
     * queries share their words, and a term query given its states skips the dictionary lookup.
     * Built with statistics, so they are only read afterwards and safe to share between queries.
     */
    TermStates states(org.apache.lucene.index.Term term) throws IOException {
        TermStates states = terms.get(term);
        if (states == null) {
            states = TermStates.build(this, term, true);
            if (terms.size() >= MAX_TERMS) {
                terms.clear();
            }
            terms.put(term, states);
        }
        return states;
    }

    /** A workspace sized to this commit, for one request; give it back with {@link #release}. */
    ClauseScores.Workspace workspace() {
        ClauseScores.Workspace w = workspaces.poll();
        return w != null ? w : new ClauseScores.Workspace(Math.max(1, getIndexReader().maxDoc()),
                getIndexReader().leaves().size());
    }

    void release(ClauseScores.Workspace w) {
        workspaces.offer(w);
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

    /**
     * A previous answer to the same request over this commit with the same synonyms, or null. An
     * answer of other synonyms (one computed while they were swapped) is dropped, never served.
     */
    SearchResult result(SearchRequest request, Synonyms synonyms) {
        Answer a = results.get(request);
        if (a == null) {
            return null;
        }
        if (a.synonyms() != synonyms) {
            results.remove(request, a);
            return null;
        }
        return a.result();
    }

    /** Keeps {@code result} while fewer than {@code max} answers are kept: popular queries come first anyway. */
    void remember(SearchRequest request, Synonyms synonyms, SearchResult result, int max) {
        if (results.size() < max) {
            results.put(request, new Answer(synonyms, result));
        }
    }

    /** Drops every kept answer (the synonyms changed). */
    void forgetAnswers() {
        results.clear();
    }

    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new CachingSearcher(reader);
        }
    }
}
