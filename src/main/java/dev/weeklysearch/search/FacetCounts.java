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
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the matches of a query (which carries no type, project or year filter): the top
 * documents among those that pass every filter of the request, and disjunctive facet counts, as
 * drill-sideways gives them: a dimension's counts ignore that dimension's own filter, so with
 * {@code type=qa} selected the type facet still counts the query's releases and events. A match
 * that fails exactly one dimension's filter counts for that dimension only.
 *
 * <p>Counts are of hits after reprints collapse, as the visitor sees them: a Q&amp;A printed in two
 * posts counts once for its type, and for each year its posts fall in. Entries printed once (most)
 * are counted in per-segment arrays over doc-value ordinals; only reprints go through sets of keys.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {
    static final List<String> DIMENSIONS = List.of(Schema.KIND, Schema.PROJECT, Schema.YEAR);
    /** The wire names of the dimensions, in the order of {@link #DIMENSIONS}. */
    private static final List<String> NAMES = List.of("type", "project", "year");

    /**
     * @param top      the best documents passing every filter, scores filled in
     * @param distinct entries (reprints collapsed) that match the query and pass every filter: exact
     */
    record Result(TopFieldDocs top, Map<String, Map<String, Integer>> facets, int distinct) {
    }

    private final TopFieldCollectorManager top;
    private final int scoreField;
    private final List<Set<String>> selected;
    private final FixedBitSet reprinted;

    /**
     * @param window    how many top documents to keep
     * @param reprinted the documents whose reprint key another document shares ({@link CachingSearcher#reprinted})
     */
    FacetCounts(SearchRequest request, Sort sort, int window, FixedBitSet reprinted) {
        // Totals come from the counts below, exact; the top collector need not count past its window.
        this.top = new TopFieldCollectorManager(sort, window, null, window);
        this.scoreField = scoreField(sort);
        this.selected = List.of(request.types(),
                request.project().isEmpty() ? Set.of() : Set.of(request.project()),
                request.year() == 0 ? Set.of() : Set.of(Integer.toString(request.year())));
        this.reprinted = reprinted;
    }

    private static int scoreField(Sort sort) {
        SortField[] fields = sort.getSort();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getType() == SortField.Type.SCORE) {
                return i;
            }
        }
        throw new IllegalArgumentException("the sort must rank by score somewhere: " + sort);
    }

    @Override
    public Counter newCollector() throws IOException {
        return new Counter(top.newCollector());
    }

    @Override
    public Result reduce(Collection<Counter> counters) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        int distinct = 0;
        Set<Long> keys = new HashSet<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Map<String, Set<Long>>> shared = new ArrayList<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            counts.add(new HashMap<>());
            shared.add(new HashMap<>());
        }
        for (Counter c : counters) {
            tops.add(c.top);
            distinct += c.singles;
            keys.addAll(c.sharedKeys);
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                int d = i;
                c.counts.get(i).forEach((v, n) -> counts.get(d).merge(v, n, Integer::sum));
                c.shared.get(i).forEach((v, set) -> shared.get(d).computeIfAbsent(v, x -> new HashSet<>()).addAll(set));
            }
        }
        TopFieldDocs docs = top.reduce(tops);
        for (ScoreDoc sd : docs.scoreDocs) {
            // Sorting by fields leaves ScoreDoc.score unset; the score is one of the sort values.
            sd.score = (Float) ((FieldDoc) sd).fields[scoreField];
        }
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (int i = 0; i < DIMENSIONS.size(); i++) {
            Map<String, Integer> dim = counts.get(i);
            shared.get(i).forEach((v, set) -> dim.merge(v, set.size(), Integer::sum));
            List<Map.Entry<String, Integer>> list = new ArrayList<>(dim.entrySet());
            list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> sorted = new LinkedHashMap<>();
            list.forEach(e -> sorted.put(e.getKey(), e.getValue()));
            facets.put(NAMES.get(i), sorted);
        }
        return new Result(docs, facets, distinct + keys.size());
    }

    final class Counter implements Collector {
        final TopFieldCollector top;
        /** Per dimension: value → entries printed once. */
        final List<Map<String, Integer>> counts = new ArrayList<>();
        /** Per dimension: value → reprint keys of reprinted entries. */
        final List<Map<String, Set<Long>>> shared = new ArrayList<>();
        final Set<Long> sharedKeys = new HashSet<>();
        int singles;

        Counter(TopFieldCollector top) {
            this.top = top;
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                counts.add(new HashMap<>());
                shared.add(new HashMap<>());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context, top.getLeafCollector(context));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        /** Counts one segment's matches; the arrays are as long as the segment's distinct values. */
        private final class Leaf implements LeafCollector {
            private final LeafReaderContext context;
            private final LeafCollector topLeaf;
            private final NumericDocValues dup;
            private final SortedSetDocValues[] values = new SortedSetDocValues[DIMENSIONS.size()];
            private final int[][] perOrd = new int[DIMENSIONS.size()][];
            /** Per dimension, which ordinals the request keeps; null when it keeps all. */
            private final boolean[][] kept = new boolean[DIMENSIONS.size()][];
            private final int[][] ords = new int[DIMENSIONS.size()][4];
            private final int[] ordCount = new int[DIMENSIONS.size()];

            Leaf(LeafReaderContext context, LeafCollector topLeaf) throws IOException {
                this.context = context;
                this.topLeaf = topLeaf;
                this.dup = DocValues.getNumeric(context.reader(), Schema.DUP_KEY);
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSortedSet(context.reader(), DIMENSIONS.get(i));
                    perOrd[i] = new int[Math.toIntExact(values[i].getValueCount())];
                    if (!selected.get(i).isEmpty()) {
                        kept[i] = new boolean[perOrd[i].length];
                        for (String v : selected.get(i)) {
                            long ord = values[i].lookupTerm(new BytesRef(v));
                            if (ord >= 0) {
                                kept[i][(int) ord] = true;
                            }
                        }
                    }
                }
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                // Every match must reach the counts: the top collector may not let the scorer skip any.
                topLeaf.setScorer(new FilterScorable(scorer) {
                    @Override
                    public void setMinCompetitiveScore(float minScore) {
                    }
                });
            }

            @Override
            public void collect(int doc) throws IOException {
                int misses = 0;
                int missed = -1;
                for (int i = 0; i < values.length; i++) {
                    if (!read(i, doc)) {
                        misses++;
                        missed = i;
                    }
                }
                if (misses > 1) {
                    return;
                }
                boolean isReprint = reprinted.get(context.docBase + doc);
                long key = isReprint && dup.advanceExact(doc) ? dup.longValue() : 0L;
                if (misses == 0) {
                    topLeaf.collect(doc);
                    if (isReprint) {
                        sharedKeys.add(key);
                    } else {
                        singles++;
                    }
                }
                for (int i = 0; i < values.length; i++) {
                    if (misses == 0 || i == missed) {
                        for (int k = 0; k < ordCount[i]; k++) {
                            if (isReprint) {
                                shared.get(i).computeIfAbsent(values[i].lookupOrd(ords[i][k]).utf8ToString(),
                                        v -> new HashSet<>()).add(key);
                            } else {
                                perOrd[i][ords[i][k]]++;
                            }
                        }
                    }
                }
            }

            /** Reads the document's ordinals of dimension {@code i}; true when it passes that dimension's filter. */
            private boolean read(int i, int doc) throws IOException {
                ordCount[i] = 0;
                boolean pass = kept[i] == null;
                if (values[i].advanceExact(doc)) {
                    int n = values[i].docValueCount();
                    if (n > ords[i].length) {
                        ords[i] = new int[n];
                    }
                    for (int k = 0; k < n; k++) {
                        int ord = (int) values[i].nextOrd();
                        ords[i][k] = ord;
                        pass |= kept[i] != null && kept[i][ord];
                    }
                    ordCount[i] = n;
                }
                return pass;
            }

            @Override
            public void finish() throws IOException {
                topLeaf.finish();
                // One term lookup per distinct value, not per document.
                for (int i = 0; i < values.length; i++) {
                    for (int ord = 0; ord < perOrd[i].length; ord++) {
                        if (perOrd[i][ord] > 0) {
                            counts.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Integer::sum);
                        }
                    }
                }
            }
        }
    }
}
