package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every matching entry, the values of the facet fields and the distinct reprint
 * keys. Counts are of hits after reprints collapse, as the visitor sees them: a Q&amp;A printed in
 * two posts counts once for its type, and for each year its posts fall in.
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
        Map<String, Map<String, Set<Long>>> merged = new HashMap<>();
        Set<Long> keys = new HashSet<>();
        for (Counter c : counters) {
            c.reprints.forEach((dim, values) -> values.forEach((v, set) ->
                    merged.computeIfAbsent(dim, d -> new HashMap<>()).computeIfAbsent(v, x -> new HashSet<>()).addAll(set)));
            keys.addAll(c.keys);
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (String dim : DIMENSIONS) {
            List<Map.Entry<String, Integer>> list = new ArrayList<>();
            merged.getOrDefault(dim, Map.of()).forEach((v, set) -> list.add(Map.entry(v, set.size())));
            list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> counts = new LinkedHashMap<>();
            list.forEach(e -> counts.put(e.getKey(), e.getValue()));
            facets.put(NAMES.get(dim), counts);
        }
        return new Result(facets, keys.size());
    }

    static final class Counter implements Collector {
        /** Per dimension and value, the reprint keys of the matching entries. */
        final Map<String, Map<String, Set<Long>>> reprints = new HashMap<>();
        final Set<Long> keys = new HashSet<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> dvs = new ArrayList<>();
            List<Map<Long, Set<Long>>> byOrd = new ArrayList<>();
            for (String dim : DIMENSIONS) {
                dvs.add(DocValues.getSortedSet(context.reader(), dim));
                byOrd.add(new HashMap<>());
            }
            NumericDocValues dup = DocValues.getNumeric(context.reader(), Schema.DUP_KEY);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    long key = dup.advanceExact(doc) ? dup.longValue() : context.docBase + doc;
                    keys.add(key);
                    for (int i = 0; i < dvs.size(); i++) {
                        SortedSetDocValues dv = dvs.get(i);
                        if (dv.advanceExact(doc)) {
                            for (int k = 0; k < dv.docValueCount(); k++) {
                                byOrd.get(i).computeIfAbsent(dv.nextOrd(), o -> new HashSet<>()).add(key);
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    // One term lookup per distinct value, not per document.
                    for (int i = 0; i < dvs.size(); i++) {
                        Map<String, Set<Long>> values = reprints.computeIfAbsent(DIMENSIONS.get(i), d -> new HashMap<>());
                        SortedSetDocValues dv = dvs.get(i);
                        for (Map.Entry<Long, Set<Long>> e : byOrd.get(i).entrySet()) {
                            values.computeIfAbsent(dv.lookupOrd(e.getKey()).utf8ToString(), v -> new HashSet<>())
                                    .addAll(e.getValue());
                        }
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
