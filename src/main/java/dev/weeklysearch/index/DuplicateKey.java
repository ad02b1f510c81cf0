package dev.weeklysearch.index;

import dev.weeklysearch.extract.Entry;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The key under which reprints of one Q&amp;A or release in several posts collapse into one hit.
 * Reprints are edited a little (a shortened answer, a reworded follow-up), so the key uses what
 * stays put: the start of the question, the project and versions, the link target.
 */
final class DuplicateKey {
    private static final int QUESTION_CHARS = 40;

    private DuplicateKey() {
    }

    static String of(Entry e) {
        String kind = e.type().id();
        return switch (e.type()) {
            case QA -> kind + ":" + prefix(e.question().isEmpty() ? e.text() : e.question(), QUESTION_CHARS);
            case RELEASE -> kind + ":" + e.project().toLowerCase(Locale.ROOT) + ":" + new TreeSet<>(e.versions());
            // The same article is linked under different URLs (site, WeChat) across posts; its title stays.
            case ARTICLE -> kind + ":" + prefix(e.title().isEmpty() && !e.links().isEmpty() ? e.links().get(0).url() : e.title(), 60);
            // A re-announced event changes its tail ("报名开始啦" → "报名进行中"); a short title such as
            // "Layotto 社区会议" names a series, not one meeting, so its text decides.
            case EVENT -> kind + ":" + (prefix(e.title(), 24).length() >= 16 ? prefix(e.title(), 24)
                    : prefix(e.title() + e.text(), 80));
            default -> kind + ":" + prefix(e.title() + e.text(), 80);
        };
    }

    /** 64 bits of MurmurHash3: compared as a number at query time, where looking up strings would cost. */
    static long hash(String key) {
        byte[] bytes = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return org.apache.lucene.util.StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0)[0];
    }

    /** The first {@code n} letters and digits of {@code s}, lower-cased: punctuation and spaces vary between reprints. */
    static String prefix(String s, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < s.length() && b.length() < n; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }
}
