package dev.weeklysearch.analysis;

import java.util.Set;

/** Words of a visitor's Chinese clause that never match on their own (see {@code query-stopwords.txt}). */
public final class QueryStopwords {
    private static final String RESOURCE = "/dev/weeklysearch/analysis/query-stopwords.txt";

    private QueryStopwords() {
    }

    public static boolean contains(String term) {
        return Holder.WORDS.contains(term);
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        return Set.copyOf(DataFile.lines(RESOURCE).stream().map(String::strip).toList());
    }
}
