package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every matching entry, the values of the facet fields and the distinct reprint
 * keys. Counts are of hits after reprints collapse, as the visitor sees them: a Q&amp;A printed in
 * two posts counts once for its type, twice for years only when the posts' years differ.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {
    static final List<String> DIMENSIONS = List.of(Schema.KIND, Schema.PROJECT, Schema.YEAR);
    /** The wire names of the dimensions. */
    private static final Map<String, String> NAMES = Map.of(Schema.KIND, "type", Schema.PROJECT, "project",
            Schema.YEAR, "year");

    record Result(Map<String, Map<String, Integer>> facets, int distinct) {
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        Map<String, Map<String, Integer>> merged = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (String dim : DIMENSIONS) {
            merged.put(NAMES.get(dim), new TreeMap<>());
        }
        Map<String, Set<String>> pairs = new TreeMap<>();
        for (Counter c : counters) {
            c.seen.forEach((dim, values) -> pairs.computeIfAbsent(dim, d -> new HashSet<>()).addAll(values));
            keys.addAll(c.keys);
        }
        pairs.forEach((dim, values) -> values.forEach(
                v -> merged.get(NAMES.get(dim)).merge(v.substring(0, v.indexOf('\u0001')), 1, Integer::sum)));
        Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
        merged.forEach((dim, values) -> sorted.put(dim, byCount(values)));
        return new Result(sorted, keys.size());
    }

    private static Map<String, Integer> byCount(Map<String, Integer> values) {
        List<Map.Entry<String, Integer>> list = new ArrayList<>(values.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    static final class Counter implements Collector {
        /** Per dimension, "value \u0001 reprint key" strings: global across segments, unlike ords. */
        final Map<String, Set<String>> seen = new TreeMap<>();
        final Set<String> keys = new HashSet<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> dvs = new ArrayList<>();
            for (String dim : DIMENSIONS) {
                dvs.add(DocValues.getSortedSet(context.reader(), dim));
            }
            SortedDocValues dup = DocValues.getSorted(context.reader(), Schema.DUP_KEY);
            // (value ord, reprint ord) pairs per dimension: a reprint counts once per value.
            List<Set<Long>> pairs = new ArrayList<>();
            DIMENSIONS.forEach(d -> pairs.add(new HashSet<>()));
            Set<Integer> dupOrds = new HashSet<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    int key = dup.advanceExact(doc) ? dup.ordValue() : -1;
                    if (key >= 0) {
                        dupOrds.add(key);
                    }
                    for (int i = 0; i < dvs.size(); i++) {
                        SortedSetDocValues dv = dvs.get(i);
                        if (dv.advanceExact(doc)) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                long ord = dv.nextOrd();
                                pairs.get(i).add(key >= 0 ? (ord << 32) | key : (ord << 32) | (0xFFFFFFFFL & ~doc));
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < dvs.size(); i++) {
                        Set<String> m = seen.computeIfAbsent(DIMENSIONS.get(i), d -> new HashSet<>());
                        for (long pair : pairs.get(i)) {
                            int key = (int) pair;
                            String reprint = key >= 0 ? dup.lookupOrd(key).utf8ToString()
                                    : "doc" + context.docBase + ":" + (~key);
                            m.add(dvs.get(i).lookupOrd(pair >>> 32).utf8ToString() + '\u0001' + reprint);
                        }
                    }
                    for (int ord : dupOrds) {
                        keys.add(dup.lookupOrd(ord).utf8ToString());
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
