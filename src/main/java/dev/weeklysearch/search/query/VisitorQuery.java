package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Analysis;
import dev.weeklysearch.analysis.Chars;
import dev.weeklysearch.analysis.LatinRun;
import dev.weeklysearch.analysis.QueryStopwords;
import dev.weeklysearch.search.query.text.Memo;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What a visitor typed, split into clauses: words, {@code "quoted phrases"} and {@code -excluded}
 * words. Nothing here is an error: Lucene syntax ({@code AND(}, {@code *}, {@code ~}, {@code :})
 * and unbalanced quotes are just text.
 */
record VisitorQuery(List<Clause> clauses) {
    private static final LatinRun GLUE = new LatinRun(false, false);
    /** Between words of one clause: anything but letters, digits, and the dots of versions. */
    static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.]+");

    record Clause(String text, boolean phrase, boolean excluded) {
    }

    static VisitorQuery parse(String q) {
        List<Clause> clauses = new ArrayList<>();
        String s = q.replace('\u00A0', ' ').replace('\u3000', ' ').replace('“', '"').replace('”', '"');
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1)) && !clauses.isEmpty()) {
                // A leading minus only excludes after something to search for; "-v" alone is a word.
                excluded = true;
                i++;
                c = s.charAt(i);
            }
            if (c == '"') {
                int close = s.indexOf('"', i + 1);
                if (close > i + 1) {
                    add(clauses, s.substring(i + 1, close), true, excluded);
                    i = close + 1;
                    continue;
                }
                i++; // an unbalanced quote is dropped; the rest are words
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '"') {
                end++;
            }
            add(clauses, s.substring(i, end), false, excluded);
            i = end;
        }
        return new VisitorQuery(List.copyOf(clauses));
    }

    /**
     * A name glued to its version is two words, as if typed with a space: "SOFARPC5.5.8" → [SOFARPC, 5.5.8],
     * "mosnv0.6.0" → [mosn, v0.6.0]. Anything else is the one word itself.
     */
    static List<String> unglue(String word) {
        char[] folded = word.toCharArray();
        Chars.fold(folded, 0, folded.length);
        int at = GLUE.gluedVersion(CharBuffer.wrap(folded), 0, folded.length);
        return at > 0 ? List.of(word.substring(0, at), word.substring(at)) : List.of(word);
    }

    private static void add(List<Clause> clauses, String text, boolean phrase, boolean excluded) {
        String t = text.strip();
        if (t.isEmpty()) {
            return;
        }
        // "SOFARPC5.5.8" asks for the project and the version, wherever each is written; excluded, only together.
        for (String word : phrase || excluded ? List.of(t) : unglue(t)) {
            clauses.add(new Clause(word, phrase, excluded));
        }
    }

    /**
     * The clauses a word search needs: function words typed as words, English ("how", "to", "with")
     * or Chinese ("和", "怎么", or a run of them such as "的问题"), are left out, unless nothing else
     * is asked for. Entries that hold only them and one rare word otherwise pass the most-words pass
     * ahead of entries holding every content word: "seata 和 dubbo 怎么一起用" counted 和 as one of
     * its four words.
     *
     * @param memo the analyses of this text's clauses, which the clauses' queries read again
     */
    VisitorQuery content(Memo memo) {
        List<Clause> kept = clauses.stream()
                .filter(c -> c.excluded() || c.phrase() || !functionWords(c.text(), memo)).toList();
        return kept.size() == clauses.size() || kept.stream().noneMatch(c -> !c.excluded()) ? this
                : new VisitorQuery(kept);
    }

    private static boolean functionWords(String text, Memo memo) {
        if (QueryStopwords.english(text) || QueryStopwords.contains(text)) {
            return true;
        }
        if (!text.codePoints().allMatch(Chars::isHan)) {
            return false;
        }
        List<String> words = memo.terms(Analysis.wordsQuery(), text);
        return !words.isEmpty() && words.stream().allMatch(QueryStopwords::contains);
    }

    boolean hasPositive() {
        return clauses.stream().anyMatch(c -> !c.excluded());
    }

    /**
     * Any-word matching means the words inside a clause too: "MOSN~2" or "seata/tcc" typed without
     * spaces are a phrase to the strict query, and their words one by one to the relaxed one.
     */
    static List<Clause> words(Clause c) {
        if (c.excluded() || c.phrase()) {
            return List.of(c);
        }
        List<Clause> out = new java.util.ArrayList<>();
        for (String w : WORD_BREAK.split(c.text())) {
            // Latin glued to Chinese ("mosn怎么配置") is several words, as if typed with spaces.
            for (String piece : w.isBlank() ? List.<String>of() : GluedWords.pieces(w)) {
                out.add(new Clause(piece, false, false));
            }
        }
        return out;
    }
}
