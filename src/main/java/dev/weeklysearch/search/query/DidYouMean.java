package dev.weeklysearch.search.query;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.TermCheck;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean": a query's misspelt Latin words replaced by the words of the archive they were
 * meant as, by the rule of {@link Typos} (which words, how many edits, which fields).
 */
public final class DidYouMean {
    /**
     * Where a suggestion's word is looked up: project names first, then the whole text, then the
     * askers' handles (unstemmed there, as typed: the text holds them stemmed).
     */
    private static final List<String> SUGGESTION_FIELDS = List.of(Schema.PROJECT_TEXT, Schema.TEXT, Schema.ASKER);
    private static final Pattern WORDS = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");

    private DidYouMean() {
    }

    /**
     * "Did you mean": the query with each Latin word that no entry contains replaced by the closest
     * indexed word (fewest edits, then project names first, then the most frequent); null when no
     * word needed a correction. {@code index} says whether the index holds a term: on the query path,
     * the commit's remembered lookups ({@code TermStatesCache}), which pruning has mostly made.
     */
    public static String suggestion(IndexReader reader, TermCheck index, VisitorQuery vq, TypoAutomata.Recent recent)
            throws IOException {
        StringBuilder out = new StringBuilder();
        boolean corrected = false;
        for (VisitorQuery.Clause c : vq.clauses()) {
            String text = c.text();
            if (!c.phrase() && !c.excluded()) {
                // A word glued to Chinese ("mosm的配置") is corrected where it sits.
                StringBuilder pieces = new StringBuilder();
                for (String piece : GluedWords.pieces(text)) {
                    String word = piece.toLowerCase(Locale.ROOT);
                    String best = Typos.maxEdits(word) > 0 && !known(index, word) ? closest(reader, word, recent) : null;
                    corrected |= best != null;
                    pieces.append(best == null ? piece : surface(reader, best, word));
                }
                text = pieces.toString();
            }
            out.append(out.isEmpty() ? "" : " ").append(c.excluded() ? "-" : "")
                    .append(c.phrase() ? "\"" + text + "\"" : text);
        }
        return corrected ? out.toString() : null;
    }

    /** The word, or its analysed form (the index holds stems), is in the index. */
    private static boolean known(TermCheck index, String word) throws IOException {
        for (String field : SUGGESTION_FIELDS) {
            if (index.holds(new Term(field, word))) {
                return true;
            }
            for (Term t : dev.weeklysearch.search.query.Terms.of(field, word)) {
                if (index.holds(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String closest(IndexReader reader, String word, TypoAutomata.Recent recent) throws IOException {
        String best = null;
        String lastField = null;
        int bestEdits = Integer.MAX_VALUE;
        int bestFreq = 0;
        for (String field : Typos.fields(word, SUGGESTION_FIELDS)) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = recent.of(word, Typos.maxEdits(word)).termsEnum(terms);
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int edits = Typos.distance(word, t.utf8ToString());
                // Fewest edits first; at equal edits an earlier field (project names) keeps its word,
                // and within a field the more frequent word wins.
                boolean better = edits < bestEdits || edits == bestEdits && best != null && field.equals(lastField)
                        && te.docFreq() > bestFreq;
                if (better) {
                    best = t.utf8ToString();
                    bestEdits = edits;
                    bestFreq = te.docFreq();
                    lastField = field;
                }
            }
        }
        return best;
    }

    /**
     * The word as the posts write it: the index holds stems (kubernetes as kubernet), so the word of
     * an entry holding the stem that starts with it and is closest to what was typed.
     */
    private static String surface(IndexReader reader, String stem, String typed) throws IOException {
        TopDocs top = new IndexSearcher(reader).search(new TermQuery(new Term(Schema.TEXT, stem)), 1);
        if (top.scoreDocs.length == 0) {
            return stem;
        }
        String text = reader.storedFields().document(top.scoreDocs[0].doc).get(Schema.TEXT);
        String best = stem;
        int bestEdits = Integer.MAX_VALUE;
        Matcher m = WORDS.matcher(text == null ? "" : text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            int edits = w.startsWith(stem) ? Typos.distance(typed, w) : Integer.MAX_VALUE;
            if (edits < bestEdits) {
                best = w;
                bestEdits = edits;
            }
        }
        return best;
    }
}
