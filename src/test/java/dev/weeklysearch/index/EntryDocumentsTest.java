package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryDocumentsTest {
    @TempDir
    Path tmp;

    @Test
    void everyEntryHasANormInEveryWordFieldWhileEmptyFieldsCountNoDocument() throws IOException {
        Path index = tmp.resolve("idx");
        FixtureIndex.build(FixtureIndex.posts(), index);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (String field : List.of(Schema.QUESTION, Schema.ANSWER, Schema.BODY, Schema.PROJECT_TEXT)) {
                int withText = 0;
                int docCount = 0;
                for (LeafReaderContext leaf : reader.leaves()) {
                    NumericDocValues norms = leaf.reader().getNormValues(field);
                    assertThat(norms).as(field).isNotNull();
                    for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                        // Dense norms: scoring reads them without a jump table.
                        assertThat(norms.advanceExact(doc)).as("%s of doc %d", field, doc).isTrue();
                        withText += norms.longValue() != 0 ? 1 : 0;
                    }
                    Terms terms = leaf.reader().terms(field);
                    docCount += terms == null ? 0 : terms.getDocCount();
                }
                // BM25's statistics only count entries with text in the field, as before.
                assertThat(docCount).as(field).isEqualTo(withText).isPositive().isLessThan(reader.maxDoc());
            }
        }
    }
}
