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
 * Counts, over every matching entry, the values of the facet fields, and the distinct reprint
 * keys (the number of hits after reprints collapse).
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
        for (Counter c : counters) {
            c.counts.forEach((dim, values) -> values.forEach((v, n) -> merged.get(NAMES.get(dim)).merge(v, n, Integer::sum)));
            keys.addAll(c.keys);
        }
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
        final Map<String, Map<String, Integer>> counts = new TreeMap<>();
        final Set<String> keys = new HashSet<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> dvs = new ArrayList<>();
            List<int[]> perOrd = new ArrayList<>();
            for (String dim : DIMENSIONS) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), dim);
                dvs.add(dv);
                perOrd.add(new int[(int) dv.getValueCount()]);
            }
            SortedDocValues dup = DocValues.getSorted(context.reader(), Schema.DUP_KEY);
            Set<Integer> dupOrds = new HashSet<>();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < dvs.size(); i++) {
                        SortedSetDocValues dv = dvs.get(i);
                        if (dv.advanceExact(doc)) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                perOrd.get(i)[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                    if (dup.advanceExact(doc)) {
                        dupOrds.add(dup.ordValue());
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int i = 0; i < dvs.size(); i++) {
                        Map<String, Integer> m = counts.computeIfAbsent(DIMENSIONS.get(i), d -> new TreeMap<>());
                        int[] c = perOrd.get(i);
                        for (int ord = 0; ord < c.length; ord++) {
                            if (c[ord] > 0) {
                                m.merge(dvs.get(i).lookupOrd(ord).utf8ToString(), c[ord], Integer::sum);
                            }
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
