package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Version spellings of release headers: {@code v0.6.0}, {@code 2.4.1/3.0.6}, {@code v2.4.6v/v3.0.10}, {@code V6}. */
final class Versions {
    /** One version token as written, including a glued "v" typo and suffixes like {@code .Alpha1} or {@code -alpha}. */
    static final String TOKEN = "[vV]?\\d+(?:\\.\\d+)*(?:[.\\-_][A-Za-z][A-Za-z0-9_]*)*v?";
    static final String LIST = TOKEN + "(?:\\s*/\\s*" + TOKEN + ")*";
    private static final Pattern SPLIT = Pattern.compile("\\s*/\\s*");

    private Versions() {
    }

    static List<String> parse(String written) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT.split(written.strip())) {
            String v = part.replaceAll("(版本?|版)$", "").strip();
            v = v.replaceFirst("^[vV]", "");
            v = v.replaceFirst("(?<=\\d)v$", "");
            if (!v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }
}
