package dev.weeklysearch.analysis;


/**
 * Character folding that never changes text length, so token offsets computed on folded text are exact
 * offsets into the original: full-width ASCII to ASCII, no-break and ideographic spaces to a space,
 * traditional to simplified Chinese (1:1 table generated from ICU at development time).
 */
public final class Chars {

    private static final String T2S_RESOURCE = "/dev/weeklysearch/analysis/t2s.txt";

    private Chars() {
    }

    public static char fold(char c) {
        if (c < 0x00A0) {
            return c;
        }
        if (c == 0x00A0 || c == 0x3000) {
            return ' ';
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return (char) (c - 0xFEE0);
        }
        if (c >= 0x2E80 && c < 0xFF00 && !Character.isSurrogate(c)) {
            return T2s.TABLE[c];
        }
        return c;
    }

    public static void fold(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            chars[i] = fold(chars[i]);
        }
    }

    /** Lowercases char by char (not String.toLowerCase, which may change the length, e.g. for U+0130). */
    static String lower(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            char l = Character.isSurrogate(c) ? c : Character.toLowerCase(c);
            out[i - from] = Character.isSurrogate(l) ? c : l;
        }
        return new String(out);
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Letters and digits of other scripts than Han form "Latin" runs (word-like tokens). */
    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !isHan(codePoint);
    }

    /** Loaded on first fold of a CJK character, not at start-up. */
    private static final class T2s {
        static final char[] TABLE = load();

        private static char[] load() {
            char[] table = new char[0x10000];
            for (int i = 0; i < table.length; i++) {
                table[i] = (char) i;
            }
            for (String line : DataFile.lines(T2S_RESOURCE)) {
                if (line.length() == 2) {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
            return table;
        }
    }
}
