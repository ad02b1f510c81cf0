package dev.weeklysearch.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/** (Public for the query tests of search.query.) A small in-memory index of hand-written texts, each in a words, grams and versions field, keyed by "id". */
public final class FixtureIndex {

    public static final String WORDS = "words";
    public static final String GRAMS = "grams";
    public static final String VERSIONS = "versions";

    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(Analysis.words(),
            Map.of(GRAMS, Analysis.grams(), VERSIONS, Analysis.versions()));

    private static final FieldType WITH_OFFSETS = offsets();

    final Directory directory = new ByteBuffersDirectory();
    final IndexSearcher searcher;

    public FixtureIndex(Map<String, String> texts) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
            for (Map.Entry<String, String> e : texts.entrySet()) {
                Document doc = new Document();
                doc.add(new StringField("id", e.getKey(), Field.Store.YES));
                doc.add(new Field(WORDS, e.getValue(), WITH_OFFSETS));
                doc.add(new TextField(GRAMS, e.getValue(), Field.Store.NO));
                doc.add(new TextField(VERSIONS, e.getValue(), Field.Store.NO));
                writer.addDocument(doc);
            }
            searcher = new IndexSearcher(DirectoryReader.open(writer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of matching texts, best first. */
    public List<String> search(Query query) {
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType offsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
