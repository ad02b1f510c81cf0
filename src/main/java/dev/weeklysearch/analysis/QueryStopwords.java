package dev.weeklysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Words of a visitor's Chinese clause that never match on their own (see {@code query-stopwords.txt}). */
final class QueryStopwords {
    private static final String RESOURCE = "/dev/weeklysearch/analysis/query-stopwords.txt";

    private QueryStopwords() {
    }

    static boolean contains(String term) {
        return Holder.WORDS.contains(term);
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = QueryStopwords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(words);
    }
}
