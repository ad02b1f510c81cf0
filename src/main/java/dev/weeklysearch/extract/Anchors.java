package dev.weeklysearch.extract;

import java.util.Locale;

/** Hugo's github-style heading ids: lowercase, spaces to '-', punctuation dropped, CJK kept. */
final class Anchors {
    private Anchors() {
    }

    static String of(String headingText) {
        String s = Text.clean(headingText).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp)) {
                out.append('-');
            }
        });
        return out.toString();
    }
}
