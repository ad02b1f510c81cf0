package dev.weeklysearch.search.highlight;

import dev.weeklysearch.index.Schema;
import java.text.BreakIterator;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * What one request highlights with, kept for the next request ({@link Highlights} pools them): per
 * field, Lucene's {@link FieldHighlighter} over the field's {@link PostingsOffsets}, configured as
 * {@code UnifiedHighlighter} would configure it for our options, so the marks are the same; its
 * break iterator, postings enums and terms enums are reused rather than built per request. Used by
 * one thread at a time.
 */
final class Scratch {
    static final int SNIPPET_CHARS = 160;
    /** {@code UnifiedHighlighter.MULTIVAL_SEP_CHAR}, at which its break iterators split a field's values. */
    private static final char VALUE_SEPARATOR = (char) 0;
    private static final PassageFormatter FORMATTER = new MarkFormatter();
    private static final PassageScorer SCORER = new CheapPassageScorer();
    /** {@code UnifiedHighlighter}'s default order of a field's passages. */
    private static final Comparator<Passage> BY_START = Comparator.comparingInt(Passage::getStartOffset);

    final PostingsOffsets[] offsets;
    final FieldHighlighter[] fields;

    /** @param names the fields, in the order requests give their terms */
    Scratch(String[] names, List<LeafReaderContext> leaves, int maxTerms) {
        offsets = new PostingsOffsets[names.length];
        fields = new FieldHighlighter[names.length];
        for (int f = 0; f < names.length; f++) {
            offsets[f] = new PostingsOffsets(names[f], leaves, maxTerms);
            // One passage, and the field's first sentence when nothing matched.
            fields[f] = new FieldHighlighter(names[f], offsets[f],
                    new SplittingBreakIterator(breaks(names[f]), VALUE_SEPARATOR), SCORER, 1, 1, FORMATTER, BY_START);
        }
    }

    /** The whole title; a passage of about {@value #SNIPPET_CHARS} characters of the text. */
    private static BreakIterator breaks(String field) {
        return Schema.TITLE.equals(field) ? new WholeBreakIterator()
                : LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_CHARS, 0.33f);
    }
}
