package dev.weeklysearch.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The phrases a reader could type, cut out of a title exactly as written (case, spacing, hyphens):
 * Latin words and runs of two or three of them ({@code Spring Boot}, {@code Seata Server}), and
 * Chinese words of two characters or more as SmartCN segments them, alone or two adjacent ones
 * ({@code 分布式事务}). Never an
 * analysed index term: no stemming, no folding, no glued compounds.
 */
final class SurfacePhrases {
    /** A Latin word: letters and digits, with inner hyphens, dots, underscores or slashes (Multi-Raft, 0.6.0). */
    private static final Pattern LATIN_RUN = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-._/][A-Za-z0-9]+)*(?: [A-Za-z0-9][A-Za-z0-9]*(?:[-._/][A-Za-z0-9]+)*)*");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");
    private static final int MAX_WORDS = 3;
    private static final int MIN_CHARS = 2;

    /** One per build: SmartCN's tokenizer is reused across titles, never shared between threads. */
    private final Tokenizer han = new HMMChineseTokenizer();
    private final OffsetAttribute offsets = han.addAttribute(OffsetAttribute.class);

    /** The distinct phrases of {@code title}. */
    Set<String> of(String title) {
        Set<String> out = new LinkedHashSet<>();
        Matcher latin = LATIN_RUN.matcher(title);
        while (latin.find()) {
            String[] words = latin.group().split(" ");
            for (int i = 0; i < words.length; i++) {
                StringBuilder phrase = new StringBuilder();
                for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
                    phrase.append(n == 0 ? "" : " ").append(words[i + n]);
                    // A phrase starts with a word, not a number: "Seata 2.0" is one, "2.0" alone is not.
                    if (phrase.length() >= MIN_CHARS && Character.isLetter(words[i].charAt(0))) {
                        out.add(phrase.toString());
                    }
                }
            }
        }
        Matcher chinese = HAN_RUN.matcher(title);
        while (chinese.find()) {
            hanWords(chinese.group(), out);
        }
        return out;
    }

    private void hanWords(String run, Set<String> out) {
        List<int[]> spans = new ArrayList<>();
        try {
            han.setReader(new StringReader(run));
            han.reset();
            while (han.incrementToken()) {
                spans.add(new int[] {offsets.startOffset(), offsets.endOffset()});
            }
            han.end();
        } catch (IOException e) {
            throw new UncheckedIOException("segmenting a title failed", e);
        } finally {
            try {
                han.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (s[1] - s[0] >= MIN_CHARS) {
                out.add(run.substring(s[0], s[1]));
            }
            // Two adjacent words, each of two characters or more: a single character is often half a word.
            if (i + 1 < spans.size() && spans.get(i + 1)[0] == s[1] && s[1] - s[0] >= MIN_CHARS
                    && spans.get(i + 1)[1] - spans.get(i + 1)[0] >= MIN_CHARS) {
                out.add(run.substring(s[0], spans.get(i + 1)[1]));
            }
        }
    }
}
