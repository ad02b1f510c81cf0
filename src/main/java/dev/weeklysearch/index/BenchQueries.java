package dev.weeklysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Distinct queries drawn from an index's own entries, for the load benchmark: what visitors type is
 * spread over the archive, so a benchmark over a handful of fixed queries measures caches, not search.
 * Four kinds, mixed in equal parts: entry titles, fragments of a few words of a text, project +
 * version pairs, and windows of 2 to 6 Chinese characters. Seeded, so a run is repeatable. It lives
 * here, beside the schema it reads, so that {@code bench queries} and the answers test share one generator.
 */
public final class BenchQueries {
    private static final int MAX_CHARS = 60;

    private BenchQueries() {
    }

    public static List<String> generate(Path index, int count, long seed) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> versioned = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields stored = reader.storedFields();
            // In entry id order, not doc id order: doc ids differ from one build of an index to the
            // next (parallel extraction), and the same corpus must give the same queries.
            Map<String, Document> byId = new TreeMap<>();
            Bits live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document d = stored.document(doc);
                if (d.get(Schema.ID) != null) {
                    byId.put(d.get(Schema.ID), d);
                }
            }
            for (Document d : byId.values()) {
                add(titles, d.get(Schema.TITLE));
                add(texts, d.get(Schema.TEXT));
                String project = d.get(Schema.PROJECT);
                for (String v : d.getValues(Schema.VERSIONS)) {
                    versioned.add(((project == null ? "" : project) + " " + v).strip());
                }
            }
        }
        Random random = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        int misses = 0;
        // Round-robin over the kinds until enough distinct queries, or the index has no more to give.
        while (out.size() < count && misses < count * 20) {
            int before = out.size();
            addIf(out, count, pick(titles, random));
            addIf(out, count, fragment(pick(texts, random), random));
            addIf(out, count, pick(versioned, random));
            addIf(out, count, hanWindow(pick(texts, random), random));
            misses += out.size() == before ? 1 : 0;
        }
        List<String> list = new ArrayList<>(out);
        Collections.shuffle(list, random);
        return list;
    }

    private static void add(List<String> list, String s) {
        if (s != null && !s.isBlank()) {
            list.add(s.strip());
        }
    }

    private static void addIf(Set<String> out, int count, String q) {
        if (q == null) {
            return;
        }
        String s = q.replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_CHARS) {
            s = s.substring(0, MAX_CHARS).strip();
        }
        if (!s.isEmpty() && out.size() < count) {
            out.add(s);
        }
    }

    private static String pick(List<String> list, Random random) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }

    /** Two to five consecutive whitespace-separated words of a text. */
    private static String fragment(String text, Random random) {
        if (text == null) {
            return null;
        }
        String[] words = text.split("\\s+");
        int n = Math.min(words.length, 2 + random.nextInt(4));
        int from = random.nextInt(words.length - n + 1);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, from + n));
    }

    /** A window of 2 to 6 Chinese characters inside one run of them. */
    private static String hanWindow(String text, Random random) {
        if (text == null) {
            return null;
        }
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean han = i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
            if (han && start < 0) {
                start = i;
            } else if (!han && start >= 0) {
                if (i - start >= 2) {
                    runs.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        if (runs.isEmpty()) {
            return null;
        }
        int[] run = runs.get(random.nextInt(runs.size()));
        int len = Math.min(run[1] - run[0], 2 + random.nextInt(5));
        int from = run[0] + random.nextInt(run[1] - run[0] - len + 1);
        return text.substring(from, from + len);
    }
}
