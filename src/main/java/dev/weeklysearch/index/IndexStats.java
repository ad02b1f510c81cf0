package dev.weeklysearch.index;

import dev.weeklysearch.extract.EntryType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;

/** Counts over an open index. */
public final class IndexStats {
    private IndexStats() {
    }

    static Map<String, Integer> entriesByType(IndexWriter writer) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return entriesByType(reader);
        }
    }

    /** Live entry documents by kind, in {@link EntryType} order; kinds with none are left out. */
    public static Map<String, Integer> entriesByType(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntryType k : EntryType.values()) {
            int n = searcher.count(new TermQuery(new Term(Schema.TYPE, k.id())));
            if (n > 0) {
                counts.put(k.id(), n);
            }
        }
        return counts;
    }

    /** What /health reports of the commit {@code reader} serves. */
    public static Map<String, Object> health(DirectoryReader reader, Directory directory) throws IOException {
        IndexCommit commit = reader.getIndexCommit();
        Map<String, Integer> kinds = entriesByType(reader);
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("status", "ok");
        h.put("generation", commit.getGeneration());
        h.put("entries", kinds.values().stream().mapToInt(Integer::intValue).sum());
        h.put("entriesByType", kinds);
        h.put("lastReindex", commit.getUserData().getOrDefault(Schema.COMMIT_LAST_REINDEX, ""));
        h.put("indexBytes", bytes(directory));
        return h;
    }

    /** Bytes of the files in {@code directory}. */
    public static long bytes(Directory directory) throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            try {
                total += directory.fileLength(f);
            } catch (IOException e) {
                // Deleted by a concurrent commit between listing and sizing: no longer part of the index.
            }
        }
        return total;
    }
}
