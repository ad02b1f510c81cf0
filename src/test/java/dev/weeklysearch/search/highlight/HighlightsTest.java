package dev.weeklysearch.search.highlight;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
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
            String title = new Highlights(s, s.terms()).of(q.build(), new int[] {0}, new Document[] {s.document(0)})[0][0];
            List<String> marked = IntStream.rangeClosed(1, words).mapToObj(i -> String.format(Locale.ROOT, "w%02d", i))
                    .filter(w -> title.contains("<mark>" + w + "</mark>")).toList();
            assertThat(marked).hasSize(Highlights.MAX_TERMS)
                    .isEqualTo(List.of(text.split(" ")).subList(0, Highlights.MAX_TERMS));
        }
    }

    /**
     * The marks are the unified highlighter's, as configured before it was driven here, for pages
     * of hits in any order over three segments, request after request through the same pooled
     * enums. The words are drawn so that the common ones span several postings and position
     * blocks (128 each), as in a large archive, and the rare ones sit in a few documents.
     */
    @Test
    void marksAreThoseOfTheUnifiedHighlighterForAnyPageOfHits() throws IOException {
        Random random = new Random(22);
        String[][] segments = new String[3][300];
        for (String[] segment : segments) {
            Arrays.setAll(segment, i -> words(random, 4) + "\t" + sentences(random));
        }
        FieldType offsets = new FieldType(TextField.TYPE_STORED);
        offsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = new Commit(Segments.write(dir, segments, t -> List.of(
                    new Field(Schema.TITLE, t.substring(0, t.indexOf('\t')), offsets),
                    new Field(Schema.TEXT, t.substring(t.indexOf('\t') + 1), offsets))));
            UnifiedHighlighter plain = plain(s);
            Highlights highlights = new Highlights(s, s.terms());
            int marked = 0;
            for (int request = 0; request < 300; request++) {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String field : new String[] {Schema.TITLE, Schema.TEXT}) {
                    for (int i = random.nextInt(Highlights.MAX_TERMS + 1); i > 0; i--) {
                        q.add(new TermQuery(new Term(field, word(random))), BooleanClause.Occur.SHOULD);
                    }
                }
                int[] page = random.ints(0, s.getIndexReader().maxDoc()).distinct().limit(1 + random.nextInt(10)).toArray();
                Document[] docs = new Document[page.length];
                for (int i = 0; i < page.length; i++) {
                    docs[i] = s.document(page[i]);
                }
                Map<String, String[]> expected = plain.highlightFields(new String[] {Schema.TITLE, Schema.TEXT}, q.build(),
                        page, new int[] {1, 1});
                String[][] actual = highlights.of(q.build(), page, docs);
                for (int i = 0; i < page.length; i++) {
                    assertThat(actual[i]).as("request %d, doc %d", request, page[i])
                            .containsExactly(expected.get(Schema.TITLE)[i], expected.get(Schema.TEXT)[i]);
                    marked += actual[i][1].contains("<mark>") ? 1 : 0;
                }
            }
            assertThat(marked).as("texts with a mark").isGreaterThan(500);
        }
    }

    /** Lucene's highlighter with the options {@code Highlights} had when it extended it. */
    private static UnifiedHighlighter plain(Commit s) {
        UnifiedHighlighter.Builder b = UnifiedHighlighter.builder(s, new WhitespaceAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .withPassageRelevancyOverSpeed(false)
                .withScorer(new CheapPassageScorer())
                .withMaxLength(Integer.MAX_VALUE - 1);
        return new UnifiedHighlighter(b) {
            @Override
            protected BreakIterator getBreakIterator(String field) {
                return Schema.TITLE.equals(field) ? new WholeBreakIterator()
                        : LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), Scratch.SNIPPET_CHARS, 0.33f);
            }
        };
    }

    private static final String[] WORDS = IntStream.range(0, 60).mapToObj(i -> "w" + i).toArray(String[]::new);

    /** Word {@code i} about twice as likely as word {@code 2i}: a few common words, many rare ones. */
    private static String word(Random random) {
        return WORDS[(int) Math.floor(Math.pow(WORDS.length + 1, random.nextDouble())) - 1];
    }

    private static String words(Random random, int max) {
        return IntStream.range(0, 1 + random.nextInt(max)).mapToObj(i -> word(random)).collect(Collectors.joining(" "));
    }

    private static String sentences(Random random) {
        // With the characters the formatter escapes.
        String[] ends = {". ", "。", "! ", "\n", "? ", " & ", " <a/> ", " \"q\" ", " 'x' "};
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--) {
            b.append(words(random, 25)).append(ends[random.nextInt(ends.length)]);
        }
        return b.toString();
    }
}
