package dev.weeklysearch.search.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TermStatesCacheTest {
    /** "words" holds Latin and Chinese terms, "names" Latin ones only; the segments' ranges differ. */
    private static final String[][] SEGMENTS = {
        {"beta gamma 中文 | mosn", "gamma delta | sofa"},
        {"alpha 一 | layotto", "龙 beta | mosn"}};

    private static List<IndexableField> fields(String text) {
        String[] parts = text.split("\\|");
        return new ArrayList<>(List.of(new TextField("words", parts[0], Field.Store.NO),
                new TextField("names", parts[1], Field.Store.NO)));
    }

    @Test
    void everyTermGetsTheStatesALookupInEverySegmentFinds() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = Segments.write(dir, SEGMENTS,
                TermStatesCacheTest::fields)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermStatesCache cache = new TermStatesCache(searcher);
            int held = 0;
            // Each field's smallest and largest terms, terms between them held or not, and terms outside.
            for (String text : new String[] {"alpha", "beta", "delta", "gamma", "一", "中文", "龙", "aaa", "zzz", "中",
                "龙龙", "layotto", "mosn", "sofa", "abc", "nope", "sofb", ""}) {
                for (String field : new String[] {"words", "names", "nowhere"}) {
                    Term term = new Term(field, text);
                    TermStates expected = TermStates.build(searcher, term, true);
                    // Twice: the second answer may come from the cache.
                    for (int i = 0; i < 2; i++) {
                        TermStates states = cache.states(term);
                        assertThat(states.docFreq()).as("%s", term).isEqualTo(expected.docFreq());
                        assertThat(states.totalTermFreq()).as("%s", term).isEqualTo(expected.totalTermFreq());
                        for (LeafReaderContext segment : reader.leaves()) {
                            assertThat(states.get(segment) == null).as("%s in segment %d", term, segment.ord)
                                    .isEqualTo(expected.get(segment) == null);
                        }
                        assertThat(cache.holds(term)).as("%s", term).isEqualTo(expected.docFreq() > 0);
                    }
                    held += expected.docFreq() > 0 ? 1 : 0;
                }
            }
            assertThat(held).isEqualTo(10);
        }
    }
}
