package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;

/**
 * The stored fields of the documents a commit has shown, read once: stored fields are compressed
 * in blocks, and reading one hit's costs a block's decompression. Owned by one {@link Commit} and
 * gone with it. Bound: {@value #MAX_DOCS} documents (about 1 KB each, a few megabytes); once full
 * it stops adding, as every per-commit cache does (popular hits come first anyway).
 */
public final class StoredDocs {
    static final int MAX_DOCS = 8192;

    private final IndexReader reader;
    private final Map<Integer, Document> docs = new ConcurrentHashMap<>();

    StoredDocs(IndexReader reader) {
        this.reader = reader;
    }

    /** The stored fields of {@code doc}. */
    public Document get(int doc) throws IOException {
        Document d = docs.get(doc);
        if (d == null) {
            d = reader.storedFields().document(doc);
            if (docs.size() < MAX_DOCS) {
                docs.put(doc, d);
            }
        }
        return d;
    }
}
