package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.HighlightFlag;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights with UnifiedHighlighter from the offsets stored in the postings (no re-analysis):
 * the whole title, and a passage of about {@value #SNIPPET_CHARS} characters of the text.
 * Everything but the {@code <mark>} tags is HTML-escaped.
 */
final class Highlights {
    static final int SNIPPET_CHARS = 160;

    private Highlights() {
    }

    /** Highlighted title and text for each doc, in the order of {@code docIds}. */
    static String[][] of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        UnifiedHighlighter title = highlighter(searcher, WholeBreakIterator::new);
        UnifiedHighlighter text = highlighter(searcher, () -> LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, 0.33f));
        Map<String, String[]> t = title.highlightFields(new String[] {Schema.TITLE}, query, docIds, new int[] {1});
        Map<String, String[]> x = text.highlightFields(new String[] {Schema.TEXT}, query, docIds, new int[] {1});
        String[][] out = new String[docIds.length][];
        for (int i = 0; i < docIds.length; i++) {
            out[i] = new String[] {t.get(Schema.TITLE)[i], x.get(Schema.TEXT)[i]};
        }
        return out;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher,
            java.util.function.Supplier<BreakIterator> breaks) {
        return UnifiedHighlighter.builder(searcher, Schema.analyzer())
                .withBreakIterator(breaks)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                .withFlags(java.util.EnumSet.of(HighlightFlag.PHRASES, HighlightFlag.MULTI_TERM_QUERY))
                .withMaxLength(100_000)
                .build();
    }
}
