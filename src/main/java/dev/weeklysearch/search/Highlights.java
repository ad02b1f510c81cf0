package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlights with UnifiedHighlighter from the offsets stored in the postings (no re-analysis):
 * the whole title, and a passage of about {@value #SNIPPET_CHARS} characters of the text, in one
 * pass that reads each document's stored fields once. Everything but the {@code <mark>} tags is
 * HTML-escaped.
 */
final class Highlights extends UnifiedHighlighter {
    static final int SNIPPET_CHARS = 160;
    private static final String[] FIELDS = {Schema.TITLE, Schema.TEXT};
    private static final int[] PASSAGES = {1, 1};

    private Highlights(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, Schema.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                // The highlight query is plain terms (QueryFactory.highlight): offsets come straight from
                // the postings, without re-running a query per document (weight matches).
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .withPassageRelevancyOverSpeed(false)
                .withMaxLength(100_000));
    }

    /** Field values from the searcher's cache of stored documents, which {@link HitReader} reads too. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        CachingSearcher docs = (CachingSearcher) searcher;
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = docs.document(doc);
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String v = d.get(fields[i]);
                row[i] = v == null ? "" : v;
            }
            values.add(row);
        }
        return values;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return Schema.TITLE.equals(field) ? new WholeBreakIterator()
                : LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.ROOT),
                        SNIPPET_CHARS, 0.33f);
    }

    /** Highlighted title and text for each doc, in the order of {@code docIds}. */
    static String[][] of(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        Map<String, String[]> h = new Highlights(searcher).highlightFields(FIELDS, query, docIds, PASSAGES);
        String[][] out = new String[docIds.length][];
        for (int i = 0; i < docIds.length; i++) {
            out[i] = new String[] {h.get(Schema.TITLE)[i], h.get(Schema.TEXT)[i]};
        }
        return out;
    }
}
