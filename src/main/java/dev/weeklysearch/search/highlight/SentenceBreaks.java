package dev.weeklysearch.search.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by looking only at the characters around an offset:
 * after 。！？!? (with any closing quotes, brackets and spaces that follow), after a full stop
 * followed by a space, and after a line break. A dot between characters ("0.6.0", "seata.io") ends
 * nothing.
 *
 * <p>The JDK's sentence instance took about a quarter of the highlighter's profile samples (5.8 of
 * 22 % of bench search's): to find the boundary after an offset it first backs up to a safe point
 * with its reverse rules, and in Chinese text without spaces that can be far back, with a
 * rule-table lookup per character. The snippet's length goal ({@code LengthGoalBreakIterator})
 * asks for several boundaries per hit. It also never broke at a line break, so a release note's
 * list was one sentence and its snippet ran past the length goal.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(it.getEndIndex() - it.getBeginIndex());
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, 0, text.length(), current);
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (; n > 0 && result != DONE; n--) {
            result = next();
        }
        for (; n < 0 && result != DONE; n++) {
            result = previous();
        }
        return result;
    }

    /** The first boundary after {@code offset}; {@link #DONE} from the end, as the JDK's iterators answer. */
    @Override
    public int following(int offset) {
        check(offset);
        if (offset == text.length()) {
            current = offset;
            return DONE;
        }
        int p = offset + 1;
        while (p < text.length() && !boundary(p)) {
            p++;
        }
        return current = Math.min(p, text.length());
    }

    /** The last boundary before {@code offset}; {@link #DONE} from the start. */
    @Override
    public int preceding(int offset) {
        check(offset);
        if (offset == 0) {
            current = 0;
            return DONE;
        }
        int p = offset - 1;
        while (p > 0 && !boundary(p)) {
            p--;
        }
        return current = Math.max(p, 0);
    }

    @Override
    public boolean isBoundary(int offset) {
        check(offset);
        current = offset;
        return offset == 0 || offset == text.length() || boundary(offset);
    }

    private void check(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
        }
    }

    /** Whether a sentence starts at {@code p} (0 < p < length): a run of ending marks ends just before it. */
    private boolean boundary(int p) {
        char here = text.charAt(p);
        char before = text.charAt(p - 1);
        if (before == '\n') {
            return true;
        }
        if (trailing(here) || ends(here) || here == '.' || !(trailing(before) || ends(before) || before == '.')) {
            return false;
        }
        // Back over the run: closing marks and spaces, then the mark that ends the sentence.
        boolean spaced = false;
        int i = p - 1;
        while (i >= 0 && trailing(text.charAt(i))) {
            spaced |= Character.isWhitespace(text.charAt(i));
            i--;
        }
        while (i >= 0 && (ends(text.charAt(i)) || text.charAt(i) == '.')) {
            if (ends(text.charAt(i))) {
                return true;
            }
            i--;
        }
        return spaced && i < p - 1 && text.charAt(i + 1) == '.';
    }

    /** Marks that end a sentence wherever they stand. */
    private static boolean ends(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n';
    }

    /** What may follow an ending mark within its sentence: spaces, closing quotes and brackets. */
    private static boolean trailing(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '”' || c == '’' || c == '"' || c == '\''
                || c == '」' || c == '』' || c == '）' || c == ')' || c == '】';
    }
}
