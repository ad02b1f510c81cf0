package dev.weeklysearch.search.highlight;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.StoredDocs;
import dev.weeklysearch.search.commit.TermStatesCache;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Highlights with UnifiedHighlighter from the offsets stored in the postings (no re-analysis):
 * the whole title, and a passage of about {@value #SNIPPET_CHARS} characters of the text, in one
 * pass that reads each document's stored fields once. Everything but the {@code <mark>} tags is
 * HTML-escaped.
 *
 * <p>One instance per commit ({@code Commit}): the highlighter is thread-safe and keeps
 * the index's field infos once built. The work per hit is bounded: one passage per field, matches
 * past {@value #MAX_LENGTH} characters of a long text are not looked for, and passages are scored
 * without the default scorer's per-passage hash table.
 */
public final class Highlights extends UnifiedHighlighter {
    static final int SNIPPET_CHARS = 160;
    /** Characters of a field searched for a passage; a long article's first pages are enough. */
    static final int MAX_LENGTH = 10_000;
    private static final String[] FIELDS = {Schema.TITLE, Schema.TEXT};
    private static final int[] PASSAGES = {1, 1};
    static final int MAX_TERMS = 12;

    private final StoredDocs docs;
    private final TermStatesCache dictionary;

    public Highlights(IndexSearcher searcher, StoredDocs docs, TermStatesCache dictionary) {
        super(UnifiedHighlighter.builder(searcher, Schema.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                .withMaxNoHighlightPassages(1)
                // The highlight query is plain terms (QueryFactory.highlight): offsets come straight from
                // the postings, without re-running a query per document (weight matches).
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withHandleMultiTermQuery(false)
                .withPassageRelevancyOverSpeed(false)
                .withScorer(new CheapPassageScorer())
                .withMaxLength(MAX_LENGTH));
        this.docs = docs;
        this.dictionary = dictionary;
    }

    /** Field values from the searcher's cache of stored documents, which {@code HitReader} reads too. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = docs.get(doc);
            CharSequence[] row = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String v = d.get(fields[i]);
                row[i] = v == null ? "" : v;
            }
            values.add(row);
        }
        return values;
    }

    /** Offsets through the commit's remembered term states ({@link StatedOffsets}). */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
        if (source != OffsetSource.POSTINGS) {
            return super.getOffsetStrategy(source, components);
        }
        try {
            return new StatedOffsets(components, dictionary, searcher.getIndexReader().leaves());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return Schema.TITLE.equals(field) ? new WholeBreakIterator()
                : LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(), SNIPPET_CHARS, 0.33f);
    }

    /** Highlighted title and text for each doc, in the order of {@code docIds}. */
    public String[][] of(Query query, int[] docIds) throws IOException {
        Map<String, String[]> h = highlightFields(FIELDS, bounded(query, dictionary), docIds, PASSAGES);
        String[][] out = new String[docIds.length][];
        for (int i = 0; i < docIds.length; i++) {
            out[i] = new String[] {h.get(Schema.TITLE)[i], h.get(Schema.TEXT)[i]};
        }
        return out;
    }

    /**
     * At most {@value #MAX_TERMS} terms per field, the first ones of the query: each term costs a
     * postings enum per hit and field (a few kilobytes each), and a title pasted as a query has dozens
     * of grams; marking its first words is enough to show why the hit matched. Terms no document
     * holds are left out first: they would cost the same and mark nothing.
     */
    private static Query bounded(Query query, TermStatesCache dictionary) throws IOException {
        Set<Term> terms = new LinkedHashSet<>();
        collect(query, terms);
        Map<String, Integer> perField = new HashMap<>();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Term t : terms) {
            if (perField.getOrDefault(t.field(), 0) < MAX_TERMS && dictionary.holds(t)) {
                perField.merge(t.field(), 1, Integer::sum);
                b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
            }
        }
        return b.build();
    }

    /**
     * The query's terms in the order of its clauses. Not {@code visit()}: a Boolean query visits its
     * optional clauses in the order of their hash codes, which Lucene seeds per process, so the
     * terms kept under the budget (and the marks a visitor sees) changed from one start to the next.
     */
    private static void collect(Query query, Set<Term> out) {
        if (query instanceof BooleanQuery b) {
            for (BooleanClause c : b.clauses()) {
                if (c.occur() != BooleanClause.Occur.MUST_NOT) {
                    collect(c.query(), out);
                }
            }
        } else if (query instanceof BoostQuery b) {
            collect(b.getQuery(), out);
        } else {
            query.visit(QueryVisitor.termCollector(out));
        }
    }

    /**
     * BM25 over a passage's matches like Lucene's {@link PassageScorer}, which allocates a hash table
     * of 32 KB per passage to find the distinct terms; a passage has a handful of matches, so a
     * quadratic scan over them costs less and allocates nothing.
     */
    private static final class CheapPassageScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int[] freqs = passage.getMatchTermFreqsInDoc();
            int n = passage.getNumMatches();
            float score = 0;
            for (int i = 0; i < n; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int tf = 1;
                for (int j = i + 1; j < n; j++) {
                    tf += terms[j].bytesEquals(terms[i]) ? 1 : 0;
                }
                score += weight(contentLength, freqs[i]) * tf(tf, passage.getLength());
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }
}
