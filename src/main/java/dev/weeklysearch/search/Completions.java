package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * Completions for search-as-you-type, built once per index commit: the surface phrases of the
 * entries' titles (a Q&amp;A's title is its question) and their project names, each ranked by how
 * many entries carry it, in Lucene's FST-based {@link AnalyzingSuggester}. The suggester matches a
 * prefix ignoring case and returns the phrase as written ({@code spring b} → {@code Spring Boot}).
 */
final class Completions {
    /** Phrases kept: about 40 bytes each in the FST, so well under a megabyte a commit. */
    static final int MAX_PHRASES = 20_000;
    /** A phrase that one title alone carries is too particular to offer (project names excepted). */
    private static final int MIN_ENTRIES = 2;
    /** A project name outranks a title phrase seen as often. */
    private static final long PROJECT_BONUS = 1_000;

    private static final String SOFA = "sofa";

    private final AnalyzingSuggester suggester;
    private final Set<String> projects;

    private Completions(AnalyzingSuggester suggester, Set<String> projects) {
        this.suggester = suggester;
        this.projects = projects;
    }

    /** Reads the titles and projects of the live entries of {@code reader}. */
    static Completions build(IndexReader reader, FixedBitSet entries) throws IOException {
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, Long> projects = new HashMap<>();
        SurfacePhrases phrases = new SurfacePhrases();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (!entries.get(doc)) {
                continue;
            }
            Document d = stored.document(doc, Set.of(Schema.TITLE, Schema.PROJECT));
            String title = d.get(Schema.TITLE);
            if (title != null) {
                for (String p : phrases.of(title)) {
                    forms.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(p, 1, Integer::sum);
                }
            }
            String project = d.get(Schema.PROJECT);
            if (project != null && !project.isEmpty()) {
                projects.merge(project, 1L, Long::sum);
            }
        }
        Map<String, Weighted> best = new HashMap<>();
        forms.forEach((key, spellings) -> {
            int total = spellings.values().stream().mapToInt(Integer::intValue).sum();
            if (total >= MIN_ENTRIES) {
                // The spelling most titles use: "SOFAJRaft" rather than a post's "SOFAJraft".
                String surface = spellings.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
                best.put(key, new Weighted(surface, total));
            }
        });
        projects.forEach((name, n) -> best.put(name.toLowerCase(Locale.ROOT), new Weighted(name, n + PROJECT_BONUS)));
        List<Weighted> kept = best.values().stream()
                .sorted(Comparator.comparingLong(Weighted::weight).reversed().thenComparing(Weighted::surface))
                .limit(MAX_PHRASES).toList();
        AnalyzingSuggester suggester = new AnalyzingSuggester(new ByteBuffersDirectory(), "completions", new Folded());
        suggester.build(new Phrases(kept.iterator()));
        return new Completions(suggester, Set.copyOf(projects.keySet()));
    }

    /** At most {@code max} phrases starting with {@code prefix} (case ignored), the most frequent first. */
    List<String> complete(String prefix, int max) throws IOException {
        String p = prefix.strip();
        if (p.isEmpty() || suggester.getCount() == 0) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        // Readers name SOFA's projects without the prefix: "jr" finds SOFAJRaft, "boot" SOFABoot.
        if (!p.toLowerCase(Locale.ROOT).startsWith(SOFA)) {
            for (Lookup.LookupResult r : suggester.lookup(SOFA + p, false, max)) {
                if (projects.contains(r.key.toString())) {
                    out.add(r.key.toString());
                }
            }
        }
        for (Lookup.LookupResult r : suggester.lookup(p, false, max + 1)) {
            out.add(r.key.toString());
        }
        out.remove(p);
        return out.stream().limit(max).toList();
    }

    private record Weighted(String surface, long weight) {
    }

    /** The whole phrase as one lower-cased token: a prefix matches it whatever its case. */
    private static final class Folded extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream lower = new LowerCaseFilter(source);
            return new TokenStreamComponents(source, lower);
        }
    }

    private static final class Phrases implements InputIterator {
        private final Iterator<Weighted> it;
        private Weighted current;

        Phrases(Iterator<Weighted> it) {
            this.it = it;
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) {
                return null;
            }
            current = it.next();
            return new BytesRef(current.surface());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
