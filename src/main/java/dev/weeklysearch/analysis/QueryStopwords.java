package dev.weeklysearch.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * Words a visitor types around the words they look for: Chinese ones, which never match on their own
 * inside a Chinese clause ({@code query-stopwords.txt}), and English function words, which a word
 * search leaves out ({@code query-stopwords-en.txt}).
 */
public final class QueryStopwords {
    private static final String RESOURCE = "/dev/weeklysearch/analysis/query-stopwords.txt";
    private static final String ENGLISH = "/dev/weeklysearch/analysis/query-stopwords-en.txt";

    private QueryStopwords() {
    }

    public static boolean contains(String term) {
        return Holder.WORDS.contains(term);
    }

    /** Whether {@code word}, in any case, is an English function word. */
    public static boolean english(String word) {
        return Holder.ENGLISH_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static final class Holder {
        static final Set<String> WORDS = load(RESOURCE);
        static final Set<String> ENGLISH_WORDS = load(ENGLISH);
    }

    private static Set<String> load(String resource) {
        return Set.copyOf(DataFile.lines(resource).stream().map(String::strip).toList());
    }
}
