package dev.weeklysearch.search.rank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NearestTest {
    /** Unit vectors in a plane: the angle from the query (0) decides the rank. */
    private static float[] at(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }

    private static Document entry(String id, double angle, long date) {
        Document d = new Document();
        d.add(new StringField(Schema.ID, id, Field.Store.YES));
        d.add(new StringField(Schema.TYPE, id.startsWith("event") ? "event" : "qa", Field.Store.NO));
        d.add(new NumericDocValuesField(Schema.DATE, date));
        d.add(new KnnFloatVectorField(Schema.VECTOR, at(angle), VectorSimilarityFunction.DOT_PRODUCT));
        return d;
    }

    private static String[] ids(IndexSearcher s, TopDocs top) throws IOException {
        String[] out = new String[top.scoreDocs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.storedFields().document(top.scoreDocs[i].doc).get(Schema.ID);
        }
        return out;
    }

    @Test
    void equalVectorsRankNewestFirstWhateverTheirOrderInTheIndex() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                // The weekly meeting's entries share a title, hence a vector; the older one is written first.
                w.addDocument(entry("event-2021", 0.3, 18_700));
                w.addDocument(entry("qa-near", 0.1, 18_000));
                w.commit();
                w.addDocument(entry("event-2023", 0.3, 19_400));
                w.addDocument(entry("qa-far", 1.2, 19_000));
                w.addDocument(entry("event-2022", 0.3, 19_100));
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                TopDocs top = Nearest.search(s, at(0), 10, new MatchAllDocsQuery());
                assertThat(ids(s, top)).containsExactly("qa-near", "event-2023", "event-2022", "event-2021", "qa-far");
                assertThat(Arrays.stream(top.scoreDocs).map(sd -> sd.score).toList()).isSortedAccordingTo(
                        (a, b) -> Float.compare(b, a));
                // A cut among equal vectors keeps all of them: which made it must not depend on the order.
                TopDocs cut = Nearest.search(s, at(0), 2, new MatchAllDocsQuery());
                assertThat(ids(s, cut)).containsExactly("qa-near", "event-2023", "event-2022", "event-2021");
                // ... and they share one rank in the fusion.
                assertThat(Nearest.ranks(cut.scoreDocs)).containsExactly(1, 2, 2, 2);
                assertThat(Nearest.ranks(top.scoreDocs)).containsExactly(1, 2, 2, 2, 5);
            }
        }
    }

    @Test
    void theFilterAndDeletionsNarrowTheNeighbours() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            // No merge: the deleted entry stays in its segment, where only the live docs hide it.
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
                w.addDocument(entry("qa-1", 0.1, 1));
                w.addDocument(entry("event-1", 0.2, 1));
                w.addDocument(entry("qa-2", 0.3, 1));
                w.addDocument(entry("event-2", 0.4, 1));
                w.commit();
                w.deleteDocuments(new Term(Schema.ID, "qa-2"));
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                assertThat(r.numDeletedDocs()).as("a deleted entry still in its segment").isOne();
                IndexSearcher s = new IndexSearcher(r);
                assertThat(ids(s, Nearest.search(s, at(0), 10, new MatchAllDocsQuery())))
                        .containsExactly("qa-1", "event-1", "event-2");
                assertThat(ids(s, Nearest.search(s, at(0), 10, new TermQuery(new Term(Schema.TYPE, "event")))))
                        .containsExactly("event-1", "event-2");
            }
        }
    }

    @Test
    void anIndexWithoutVectorsHasNoNeighbours() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                Document d = new Document();
                d.add(new StringField(Schema.ID, "qa-1", Field.Store.YES));
                w.addDocument(d);
            }
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                ScoreDoc[] none = Nearest.search(new IndexSearcher(r), at(0), 10, new MatchAllDocsQuery()).scoreDocs;
                assertThat(none).isEmpty();
            }
        }
    }
}
