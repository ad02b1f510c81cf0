package dev.weeklysearch.search.highlight;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PostingsOffsetsTest {
    /**
     * Two segments; "learner" is only in the second. Each document is read to its end before the
     * next one is asked for, as the highlighter does, so every term's enum is advanced from document
     * to document and across the segments; "raft raft multi raft" interleaves two terms' enums.
     */
    private static final String[][] SEGMENTS = {
        {"multi raft group", "seata saga mode", "raft raft multi raft"},
        {"raft learner read", "nothing to see", "learner of multi raft", "learner multi"}};

    private static Commit index(ByteBuffersDirectory dir) throws IOException {
        FieldType offsets = new FieldType(TextField.TYPE_STORED);
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        return new Commit(Segments.write(dir, SEGMENTS, text -> List.of(new Field("f", text, offsets))));
    }

    @Test
    void everyHitGetsTheOffsetsThePlainPostingsStrategyReadsRequestAfterRequest() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = index(dir);
            BytesRef[] terms = {new BytesRef("absent"), new BytesRef("learner"), new BytesRef("multi"), new BytesRef("raft")};
            TermStates[] states = new TermStates[terms.length];
            for (int i = 0; i < terms.length; i++) {
                states[i] = s.terms().states(new Term("f", terms[i]));
            }
            UHComponents components = new UHComponents("f", "f"::equals, new MatchAllDocsQuery(), terms, PhraseHelper.NONE,
                    new LabelledCharArrayMatcher[0], false, EnumSet.noneOf(UnifiedHighlighter.HighlightFlag.class));
            PostingsOffsetStrategy plain = new PostingsOffsetStrategy(components);
            PostingsOffsets reused = new PostingsOffsets("f", s.getIndexReader().leaves(), terms.length);
            // Requests over the same enums: all documents, the odd ones, the even ones, all again.
            int[][] requests = {{0, 1, 13}, {1, 2, 2}, {0, 2, 11}, {0, 1, 13}};
            for (int[] request : requests) {
                int step = request[1];
                reused.start(terms, states);
                int marked = 0;
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    reused.segment(leaf.ord);
                    for (int doc = request[0]; doc < leaf.reader().maxDoc(); doc += step) {
                        List<String> expected = offsets(plain.getOffsetsEnum(leaf.reader(), doc, null));
                        assertThat(offsets(reused.getOffsetsEnum(leaf.reader(), doc, null)))
                                .as("by %d, segment at %d, doc %d", step, leaf.docBase, doc).isEqualTo(expected);
                        marked += expected.size();
                    }
                }
                assertThat(marked).as("from %d by %d", request[0], step).isEqualTo(request[2]);
            }
        }
    }

    private static List<String> offsets(OffsetsEnum e) throws IOException {
        List<String> out = new ArrayList<>();
        while (e.nextPosition()) {
            out.add(e.getTerm().utf8ToString() + "@" + e.startOffset() + "-" + e.endOffset());
        }
        e.close();
        return out;
    }
}
