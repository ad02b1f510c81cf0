package dev.weeklysearch.search.facet;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
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
public final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {
    static final List<String> DIMENSIONS = List.of(Schema.TYPE, Schema.PROJECT, Schema.YEAR);
    /** The wire names of the dimensions, in the order of {@link #DIMENSIONS}. */
    private static final List<String> NAMES = List.of("type", "project", "year");

    /**
     * @param top      the best documents passing every filter, scores filled in
     * @param distinct entries (reprints collapsed) that match the query and pass every filter: exact
     */
    public record Result(TopFieldDocs top, Map<String, Map<String, Integer>> facets, int distinct) {
    }

    private final TopFieldCollectorManager top;
    private final int scoreField;
    private final List<Set<String>> selected;
    private final FixedBitSet reprinted;

    /**
     * @param window    how many top documents to keep
     * @param reprinted the documents whose reprint key another document shares ({@code Commit#reprinted})
     */
    public FacetCounts(SearchRequest request, Sort sort, int window, FixedBitSet reprinted) {
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

    public final class Counter implements Collector {
        final TopFieldCollector top;
        /** Per dimension: value → entries printed once. */
        final List<Map<String, Integer>> counts = new ArrayList<>();
        /** Per dimension: value → reprint keys of reprinted entries. */
        final List<Map<String, Set<Long>>> shared = new ArrayList<>();
        final Set<Long> sharedKeys = new HashSet<>();
        int singles;

        public Counter(TopFieldCollector top) {
            this.top = top;
            for (int i = 0; i < DIMENSIONS.size(); i++) {
                counts.add(new HashMap<>());
                shared.add(new HashMap<>());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new FacetLeaf(context, top.getLeafCollector(context), selected, reprinted, this);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
