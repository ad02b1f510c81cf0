package dev.weeklysearch.search.query;

import dev.weeklysearch.index.Schema;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Typo tolerance for Latin words: a word of at least 5 letters matches at edit distance 1, of at
 * least 8 at distance 2 (a transposition counts 1). A word of 4 letters matches project names
 * alone, at distance 1 ("mosm", "seta"): among all the words of the archive, a short word is one
 * edit from too many others, but from few of the names. A correction runs only for a word no entry
 * holds ({@link UnknownWordQuery}), so no exact match competes with it: it weighs as the word
 * typed right would, field by field ({@link QueryFactory#wordWeight}), times its similarity to what
 * was typed. Project names come first among corrections, then title and question words. The
 * "did you mean" of a query is {@link DidYouMean}'s.
 */
public final class Typos {
    /** A word of letters, or a handle of letters and a digit or two ("anorqiu9"). */
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]{5,}[0-9]{0,2}");
    /** A short word, corrected to project names only. */
    private static final Pattern SHORT_WORD = Pattern.compile("[a-z]{4}");
    /**
     * Fields searched for corrections, project names first (also the order of suggestions); the
     * asker's handle too, which readers misspell as they do project names.
     */
    private static final List<String> FIELDS = List.of(Schema.PROJECT_TEXT, Schema.TITLE, Schema.QUESTION,
            Schema.BODY, Schema.ASKER);
    /**
     * Where a typed word counts as known, and gets no correction: any word field. A word the
     * answers hold is a real word of the archive, as it is to the suggestion ({@link #known}).
     */
    private static final List<String> KNOWN_FIELDS = List.of(Schema.PROJECT_TEXT, Schema.TITLE, Schema.QUESTION,
            Schema.BODY, Schema.ANSWER, Schema.ASKER);
    private static final List<String> NAME_FIELDS = List.of(Schema.PROJECT_TEXT);
    /**
     * Was 0.35, with no field weights: a misspelt project name then weighed less than the commonest
     * Chinese word beside it, and the entries holding only that word ranked first.
     */
    private static final float BOOST = 1f;
    private static final int EXPANSIONS = 20;

    private Typos() {
    }

    /** Edits allowed in {@code word}: 0 when too short or not a Latin word. */
    static int maxEdits(String word) {
        if (SHORT_WORD.matcher(word).matches()) {
            return 1;
        }
        if (!LATIN_WORD.matcher(word).matches()) {
            return 0;
        }
        return word.length() >= 8 ? 2 : 1;
    }

    /** The fields a correction of {@code word} searches: project names alone for a short word. */
    static List<String> fields(String word, List<String> all) {
        return SHORT_WORD.matcher(word).matches() ? NAME_FIELDS : all;
    }

    /** The corrected-match clause of one typed word, or null when it gets none. */
    public static Query fuzzy(String typed, TypoAutomata.Recent recent) {
        String word = typed.toLowerCase(Locale.ROOT);
        int edits = maxEdits(word);
        if (edits == 0) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // One clause per field: the correction weighs each expansion by its similarity to the typed
        // word, as FuzzyQuery does, so a word one edit away scores above a word two edits away
        // (sofaboto: sofaboot before sofabolt). The fields share the word's automata (TypoAutomata).
        TypoAutomata automata = recent.of(word, edits);
        for (String field : fields(word, FIELDS)) {
            Query q = automata.query(field, EXPANSIONS);
            float w = QueryFactory.wordWeight(field);
            b.add(w == 1f ? q : new BoostQuery(q, w), Occur.SHOULD);
        }
        // The word fields hold the analysed form (stems: "operator" as "oper"), the askers' field the
        // word as typed, so "known" looks up both.
        List<String> forms = Stream.concat(Stream.of(word),
                dev.weeklysearch.search.query.Terms.of(Schema.TITLE, word).stream().map(Term::text)).distinct().toList();
        return new UnknownWordQuery(forms, KNOWN_FIELDS, new BoostQuery(b.build(), BOOST));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
