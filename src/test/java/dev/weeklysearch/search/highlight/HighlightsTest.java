package dev.weeklysearch.search.highlight;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class HighlightsTest {
    @Test
    void aQueryWithMoreTermsThanTheBudgetMarksItsFirstOnesWhateverTheHashSeed() throws IOException {
        int words = 30;
        String text = IntStream.rangeClosed(1, words).mapToObj(i -> String.format(Locale.ROOT, "w%02d", i))
                .collect(Collectors.joining(" "));
        FieldType offsets = new FieldType(TextField.TYPE_STORED);
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = new Commit(Segments.write(dir, new String[][] {{text}},
                    t -> List.of(new Field(Schema.TITLE, t, offsets), new Field(Schema.TEXT, t, offsets))));
            // The query's terms in the order QueryFactory.highlight gives them; a BooleanQuery's
            // visit() order follows its clauses' hash codes, which Lucene seeds per process.
            BooleanQuery.Builder q = new BooleanQuery.Builder();
            for (String w : text.split(" ")) {
                q.add(new TermQuery(new Term(Schema.TITLE, w)), BooleanClause.Occur.SHOULD);
            }
            String title = new Highlights(s, s.docs(), s.terms()).of(q.build(), new int[] {0})[0][0];
            List<String> marked = IntStream.rangeClosed(1, words).mapToObj(i -> String.format(Locale.ROOT, "w%02d", i))
                    .filter(w -> title.contains("<mark>" + w + "</mark>")).toList();
            assertThat(marked).hasSize(Highlights.MAX_TERMS)
                    .isEqualTo(List.of(text.split(" ")).subList(0, Highlights.MAX_TERMS));
        }
    }
}
