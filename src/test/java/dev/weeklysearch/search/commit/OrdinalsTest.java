package dev.weeklysearch.search.commit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A commit's ordinals give each document the values its segment's doc values hold, with one
 * ordinal per value across segments; its reprint groups join exactly the documents sharing a key.
 * Each text is "key value value …" ("-" for no key): several values, none, and segments that hold
 * different values.
 */
class OrdinalsTest {
    private static final String[][] SEGMENTS = {
            {"7 qa", "8 release", "- event", "7 qa"},
            {"9 article release", "8 release", "3", "5 qa"},
            {"9 article", "- zeta alpha qa", "7 qa"}};

    private static List<IndexableField> fields(String text) {
        String[] words = text.split(" ");
        List<IndexableField> fields = new ArrayList<>();
        if (!words[0].equals("-")) {
            fields.add(new NumericDocValuesField(Schema.DUP_KEY, Long.parseLong(words[0])));
        }
        for (int i = 1; i < words.length; i++) {
            fields.add(new SortedSetDocValuesField(Schema.TYPE, new BytesRef(words[i])));
        }
        return fields;
    }

    @Test
    void everyDocumentReadsTheValuesOfItsSegmentsDocValues() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                DirectoryReader reader = Segments.write(dir, SEGMENTS, OrdinalsTest::fields)) {
            Ordinals ordinals = Ordinals.of(reader, Schema.TYPE);

            assertThat(ordinals.size()).isEqualTo(6);
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), Schema.TYPE);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    List<String> expected = new ArrayList<>();
                    if (dv.advanceExact(doc)) {
                        for (int k = 0; k < dv.docValueCount(); k++) {
                            expected.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
                        }
                    }
                    int global = leaf.docBase + doc;
                    List<String> read = new ArrayList<>();
                    for (int k = ordinals.from(global); k < ordinals.to(global); k++) {
                        read.add(ordinals.value(ordinals.ord(k)));
                        assertThat(ordinals.lookup(ordinals.value(ordinals.ord(k)))).isEqualTo(ordinals.ord(k));
                    }
                    assertThat(read).as("document %d", global).isEqualTo(expected);
                }
            }
            assertThat(ordinals.lookup("nothing")).isEqualTo(-1);
        }
    }

    @Test
    void singleValuedFieldsReadOneOrdinalOrNone() throws IOException {
        String[][] single = {{"1 qa", "2", "3 release"}, {"4 event", "5 qa"}};
        try (Directory dir = new ByteBuffersDirectory();
                DirectoryReader reader = Segments.write(dir, single, OrdinalsTest::fields)) {
            Ordinals ordinals = Ordinals.of(reader, Schema.TYPE);

            List<String> read = new ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                read.add(ordinals.to(doc) == ordinals.from(doc) ? "" : ordinals.value(ordinals.ord(ordinals.from(doc))));
            }
            assertThat(read).containsExactly("qa", "", "release", "event", "qa");
        }
    }

    @Test
    void documentsSharingAKeyShareAGroupAndOthersHaveNone() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                DirectoryReader reader = Segments.write(dir, SEGMENTS, OrdinalsTest::fields)) {
            Reprints reprints = Reprints.of(reader);

            // Keys by document: 7 8 - 7 | 9 8 3 5 | 9 - 7; shared: 7, 8, 9.
            assertThat(reprints.groups()).isEqualTo(3);
            int seven = reprints.group(0);
            int eight = reprints.group(1);
            int nine = reprints.group(4);
            assertThat(List.of(seven, eight, nine)).doesNotHaveDuplicates().allMatch(g -> g >= 0 && g < 3);
            int[] expected = {seven, eight, -1, seven, nine, eight, -1, -1, nine, -1, seven};
            for (int doc = 0; doc < expected.length; doc++) {
                assertThat(reprints.group(doc)).as("document %d", doc).isEqualTo(expected[doc]);
            }
        }
    }
}
