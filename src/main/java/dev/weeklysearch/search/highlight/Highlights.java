package dev.weeklysearch.search.highlight;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.TermStatesCache;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlights with Lucene's unified highlighter from the offsets stored in the postings (no
 * re-analysis): the whole title, and a passage of about {@value Scratch#SNIPPET_CHARS} characters
 * of the text. Everything but the {@code <mark>} tags is HTML-escaped. The marks are those {@link
 * UnifiedHighlighter#highlightFields} gives with our options (plain terms, one passage, the first
 * sentence when nothing matched), but it is driven here: it would take the query apart again, build
 * each field's highlighter and break iterator and read the stored fields per request, and position a
 * new postings enum per term, hit and field ({@link PostingsOffsets} says what is done instead).
 *
 * <p>One instance per commit, thread-safe. Bound: {@link #POOLED} request scratches, two a core
 * ({@link Scratch}: at most {@value #MAX_TERMS} postings enums per field and segment, about 3 KB
 * each, built as requests need them); more concurrent requests make their own, dropped when given
 * back to a full pool.
 */
public final class Highlights {
    static final int MAX_TERMS = 12;
    static final int POOLED = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    private static final String[] FIELDS = {Schema.TITLE, Schema.TEXT};

    private final List<LeafReaderContext> leaves;
    private final TermStatesCache dictionary;
    private final BlockingQueue<Scratch> pool = new ArrayBlockingQueue<>(POOLED);

    public Highlights(IndexSearcher searcher, TermStatesCache dictionary) {
        this.leaves = searcher.getIndexReader().leaves();
        this.dictionary = dictionary;
    }

    /**
     * Highlighted title and text for each doc, in the order of {@code docIds}; null where a field is
     * empty.
     *
     * @param docs the stored fields of each of {@code docIds}, which the caller has read anyway
     */
    public String[][] of(Query query, int[] docIds, Document[] docs) throws IOException {
        String[][] out = new String[docIds.length][FIELDS.length];
        if (docIds.length == 0) {
            return out;
        }
        Integer[] order = new Integer[docIds.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> docIds[i]));
        List<SortedMap<Term, TermStates>> terms = bounded(query);
        Scratch s = pool.poll();
        if (s == null) {
            s = new Scratch(FIELDS, leaves, MAX_TERMS);
        }
        try {
            for (int f = 0; f < FIELDS.length; f++) {
                highlight(s, f, terms.get(f), docIds, docs, order, out);
            }
        } finally {
            pool.offer(s);
        }
        return out;
    }

    /** Field {@code f} of every doc, in ascending doc order, as the unified highlighter walks them. */
    private void highlight(Scratch s, int f, SortedMap<Term, TermStates> fieldTerms, int[] docIds, Document[] docs,
            Integer[] order, String[][] out) throws IOException {
        BytesRef[] bytes = new BytesRef[fieldTerms.size()];
        TermStates[] states = new TermStates[bytes.length];
        int n = 0;
        for (Map.Entry<Term, TermStates> e : fieldTerms.entrySet()) {
            bytes[n] = e.getKey().bytes();
            states[n++] = e.getValue();
        }
        s.offsets[f].start(bytes, states);
        int previous = -1;
        for (int i : order) {
            if (previous >= 0 && docIds[previous] == docIds[i]) {
                out[i][f] = out[previous][f];
                continue;
            }
            previous = i;
            int segment = ReaderUtil.subIndex(docIds[i], leaves);
            LeafReaderContext leaf = leaves.get(segment);
            String content = docs[i].get(FIELDS[f]);
            s.offsets[f].segment(segment);
            Object marked = s.fields[f].highlightFieldForDoc(leaf.reader(), docIds[i] - leaf.docBase,
                    content == null ? "" : content);
            out[i][f] = marked == null ? null : marked.toString();
        }
    }

    /**
     * Each field's terms to mark, sorted as the unified highlighter sorts them, with their states:
     * at most {@value #MAX_TERMS} per field, the first ones of the query. Each term costs a postings
     * enum per field and segment, and a title pasted as a query has dozens of grams; marking its
     * first words is enough to show why the hit matched. Terms no document holds are left out
     * first: they would cost the same and mark nothing.
     */
    private List<SortedMap<Term, TermStates>> bounded(Query query) throws IOException {
        Set<Term> terms = new LinkedHashSet<>();
        collect(query, terms);
        Map<String, Integer> perField = new HashMap<>();
        List<SortedMap<Term, TermStates>> kept = new ArrayList<>(FIELDS.length);
        for (int f = 0; f < FIELDS.length; f++) {
            kept.add(new TreeMap<>());
        }
        for (Term t : terms) {
            if (perField.getOrDefault(t.field(), 0) >= MAX_TERMS) {
                continue;
            }
            TermStates states = dictionary.states(t);
            if (states.docFreq() > 0) {
                perField.merge(t.field(), 1, Integer::sum);
                int f = Arrays.asList(FIELDS).indexOf(t.field());
                if (f >= 0) {
                    kept.get(f).put(t, states);
                }
            }
        }
        return kept;
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
}
