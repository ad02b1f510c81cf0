package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;

/** Test indexes of whitespace-split texts, one segment per group of texts (a commit after each). */
public final class Segments {
    private Segments() {
    }

    /** Writes one document per text, with the fields {@code fields} makes of it; opens the result. */
    public static DirectoryReader write(Directory dir, String[][] segments, Function<String, List<IndexableField>> fields)
            throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String[] segment : segments) {
                for (String text : segment) {
                    Document d = new Document();
                    fields.apply(text).forEach(d::add);
                    w.addDocument(d);
                }
                w.commit();
            }
        }
        DirectoryReader reader = DirectoryReader.open(dir);
        if (reader.leaves().size() != segments.length) {
            throw new IllegalStateException("expected " + segments.length + " segments, got " + reader.leaves().size());
        }
        return reader;
    }
}
