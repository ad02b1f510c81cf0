package dev.weeklysearch.search.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class NormCacheTest {
    /** Texts of different lengths; "g" only where the text has a "g", "plain" never has norms. */
    private static final String[][] SEGMENTS = {
        {"a", "g b c", "a b c d e f", "g " + "x ".repeat(300)},
        {"g one", "two words", "g " + "y ".repeat(40), "z"}};

    private static List<IndexableField> fields(String text) {
        FieldType plain = new FieldType(TextField.TYPE_NOT_STORED);
        plain.setOmitNorms(true);
        List<IndexableField> out = new ArrayList<>(List.of(new TextField("f", text, Field.Store.NO),
                new Field("plain", text, plain)));
        if (text.startsWith("g")) {
            out.add(new TextField("g", text, Field.Store.NO));
        }
        return out;
    }

    @Test
    void everyDocumentGetsTheNormItsSegmentHoldsAndOneWithout() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = Segments.write(dir, SEGMENTS,
                NormCacheTest::fields)) {
            NormCache cache = new NormCache(reader.leaves());
            int distinct = 0;
            for (String field : new String[] {"f", "g"}) {
                Set<Byte> seen = new HashSet<>();
                for (LeafReaderContext segment : reader.leaves()) {
                    byte[] cached = cache.of(segment, field);
                    NumericDocValues norms = segment.reader().getNormValues(field);
                    for (int d = 0; d < segment.reader().maxDoc(); d++) {
                        long expected = norms.advanceExact(d) ? norms.longValue() : 1L;
                        assertThat((long) cached[d]).as("%s in segment %d, doc %d", field, segment.ord, d).isEqualTo(expected);
                        seen.add(cached[d]);
                    }
                }
                distinct += seen.size();
            }
            // Lengths 1 to 301 give many norms; a cache of ones or zeros would not pass.
            assertThat(distinct).isGreaterThan(6);
            assertThat(cache.of(reader.leaves().get(0), "plain")).isNull();
            assertThat(cache.of(reader.leaves().get(0), "absent")).isNull();
        }
    }
}
