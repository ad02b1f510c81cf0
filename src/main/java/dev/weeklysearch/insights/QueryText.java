package dev.weeklysearch.insights;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form in which a query is counted: NFKC-folded, lower case, single spaces, at most
 * {@link #MAX_CHARS} characters, and with what could name or reach a person replaced by a
 * placeholder: e-mail addresses, phone numbers and long digit runs (ids, card or order numbers).
 */
final class QueryText {
    static final int MAX_CHARS = 80;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    /** Digits with the separators phone numbers are written with (not dots: versions have them). */
    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()-]{5,}\\d");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{6,}");
    /** With a +, a bracket or a dash, 7 digits make a phone number; spaced out only, 10 (years side by side are not one). */
    private static final int PHONE_DIGITS = 7;
    private static final int SPACED_PHONE_DIGITS = 10;

    private QueryText() {
    }

    /**
     * The counted form of {@code raw}; empty when nothing is left. Each rule runs only where it can
     * match (an '@', a digit): most queries have neither, and this runs once per counted search.
     */
    static String of(String raw) {
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFKC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('@') >= 0) {
            s = EMAIL.matcher(s).replaceAll("<email>");
        }
        if (s.chars().anyMatch(Character::isDigit)) {
            s = LONG_DIGITS.matcher(phones(s)).replaceAll("<number>");
        }
        s = collapse(s);
        return s.codePointCount(0, s.length()) <= MAX_CHARS ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_CHARS)).strip();
    }

    /** Runs of white space and control characters to one space, none at the ends. */
    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                gap = out.length() > 0;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A phone number has separators; a bare run of digits is left to the long-number rule. */
    private static String phones(String s) {
        Matcher m = PHONE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String g = m.group();
            long digits = g.chars().filter(Character::isDigit).count();
            boolean marked = g.startsWith("+") || g.indexOf('(') >= 0 || g.indexOf('-') >= 0;
            boolean separated = g.chars().anyMatch(c -> c == ' ' || c == '-' || c == '(');
            boolean phone = separated && digits >= (marked ? PHONE_DIGITS : SPACED_PHONE_DIGITS);
            m.appendReplacement(out, phone ? "<phone>" : Matcher.quoteReplacement(g));
        }
        m.appendTail(out);
        return out.toString();
    }
}
