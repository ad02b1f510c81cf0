package dev.weeklysearch.search.facet;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.commit.Dates;
import dev.weeklysearch.search.commit.Ordinals;
import dev.weeklysearch.search.commit.Reprints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.FixedBitSet;

/**
 * One pass over the matches of a query (which carries no type, project or year filter): the top
 * documents among those that pass every filter of the request, and disjunctive facet counts, as
 * drill-sideways gives them: a dimension's counts ignore that dimension's own filter, so with
 * {@code type=qa} selected the type facet still counts the query's releases and events. A match
 * that fails exactly one dimension's filter counts for that dimension only.
 *
 * <p>Counts are of hits after reprints collapse, as the visitor sees them: a Q&amp;A printed in two
 * posts counts once for its type, and for each year its posts fall in. The counts read each match's
 * values and reprint group from the commit's arrays ({@link Commit#ordinals}, {@link
 * Commit#reprints}): a match costs array reads and a bit, whatever the number of reprints.
 */
public final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {
    /** The faceted fields, as the commit reads them into ordinals. */
    static final List<String> DIMENSIONS = Commit.FACETED;
    /** The wire names of the dimensions, in the order of {@link #DIMENSIONS}. */
    private static final List<String> NAMES = List.of("type", "project", "year");

    /**
     * @param top      the best documents passing every filter, scores filled in
     * @param distinct entries (reprints collapsed) that match the query and pass every filter: exact
     */
    public record Result(TopFieldDocs top, Map<String, Map<String, Integer>> facets, int distinct) {
    }

    private final Sort sort;
    private final boolean byDate;
    private final int window;
    private final Dates dates;
    private final Ordinals[] columns = new Ordinals[DIMENSIONS.size()];
    /** Per dimension, which of the commit's ordinals the request keeps; null when it keeps all. */
    private final boolean[][] kept = new boolean[DIMENSIONS.size()][];
    private final Reprints reprints;

    /**
     * @param window how many top documents to keep
     * @param commit the commit searched, whose ordinals and reprint groups the counts read
     */
    public FacetCounts(SearchRequest request, Sort sort, int window, Commit commit) {
        this.sort = sort;
        this.byDate = byDate(sort);
        this.window = window;
        this.dates = commit.dates();
        List<Set<String>> selected = List.of(request.types(),
                request.project().isEmpty() ? Set.of() : Set.of(request.project()),
                request.year() == 0 ? Set.of() : Set.of(Integer.toString(request.year())));
        for (int i = 0; i < columns.length; i++) {
            columns[i] = commit.ordinals(DIMENSIONS.get(i));
            if (!selected.get(i).isEmpty()) {
                kept[i] = new boolean[columns[i].size()];
                for (String v : selected.get(i)) {
                    int ord = columns[i].lookup(v);
                    if (ord >= 0) {
                        kept[i][ord] = true;
                    }
                }
            }
        }
        this.reprints = commit.reprints();
    }

    /** Whether the sort ranks by date first: it must be by score and by date, newest first, in either order. */
    private static boolean byDate(Sort sort) {
        SortField[] fields = sort.getSort();
        SortField date = new SortField(Schema.DATE, SortField.Type.LONG, true);
        if (fields.length == 2 && fields[0].equals(SortField.FIELD_SCORE) && fields[1].equals(date)) {
            return false;
        }
        if (fields.length == 2 && fields[0].equals(date) && fields[1].equals(SortField.FIELD_SCORE)) {
            return true;
        }
        throw new IllegalArgumentException("the sort must be by score and by date, newest first: " + sort);
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) throws IOException {
        Top best = new Top(byDate, window);
        int distinct = 0;
        FixedBitSet passing = new FixedBitSet(Math.max(1, reprints.groups()));
        int[][] counts = new int[columns.length][];
        FixedBitSet[][] shared = new FixedBitSet[columns.length][];
        for (int i = 0; i < columns.length; i++) {
            counts[i] = new int[columns[i].size()];
            shared[i] = new FixedBitSet[columns[i].size()];
        }
        for (Counter c : counters) {
            best.addAll(c.top);
            distinct += c.singles;
            if (c.passing != null) {
                passing.or(c.passing);
            }
            for (int i = 0; i < columns.length; i++) {
                for (int ord = 0; ord < counts[i].length; ord++) {
                    counts[i][ord] += c.counts[i][ord];
                    FixedBitSet groups = c.shared[i][ord];
                    if (groups != null) {
                        if (shared[i][ord] == null) {
                            shared[i][ord] = new FixedBitSet(groups.length());
                        }
                        shared[i][ord].or(groups);
                    }
                }
            }
        }
        TopFieldDocs docs = new TopFieldDocs(new TotalHits(best.offered(), TotalHits.Relation.EQUAL_TO), best.sorted(),
                sort.getSort());
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            // Each value turned into its string once, here, whatever the number of matches.
            List<Map.Entry<String, Integer>> list = new ArrayList<>();
            for (int ord = 0; ord < counts[i].length; ord++) {
                int n = counts[i][ord] + (shared[i][ord] == null ? 0 : shared[i][ord].cardinality());
                if (n > 0) {
                    list.add(Map.entry(columns[i].value(ord), n));
                }
            }
            list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> sorted = new LinkedHashMap<>();
            list.forEach(e -> sorted.put(e.getKey(), e.getValue()));
            facets.put(NAMES.get(i), sorted);
        }
        return new Result(docs, facets, distinct + passing.cardinality());
    }

    /**
     * The counts of one collector. Entries printed once are counted per value in arrays over the
     * commit's ordinals; reprinted ones set their group's bit in a set per value (made when the
     * value first counts a reprint), so that a group counts once per value whatever its copies.
     */
    public final class Counter implements Collector {
        final Top top = new Top(byDate, window);
        /** Per dimension and ordinal: entries printed once. */
        final int[][] counts = new int[columns.length][];
        /** Per dimension and ordinal: the reprint groups counted, or null while none. */
        final FixedBitSet[][] shared = new FixedBitSet[columns.length][];
        /** The reprint groups that pass every filter; null while none. */
        FixedBitSet passing;
        /** Entries printed once that pass every filter. */
        int singles;

        Counter() {
            for (int i = 0; i < columns.length; i++) {
                counts[i] = new int[columns[i].size()];
                shared[i] = new FixedBitSet[columns[i].size()];
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new FacetLeaf(context.docBase, columns, kept, reprints, dates, this);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        /** Counts reprint group {@code group} for {@code ord} of dimension {@code i}. */
        void share(int i, int ord, int group) {
            FixedBitSet groups = shared[i][ord];
            if (groups == null) {
                groups = new FixedBitSet(reprints.groups());
                shared[i][ord] = groups;
            }
            groups.set(group);
        }

        /** Counts reprint group {@code group} as passing every filter. */
        void pass(int group) {
            if (passing == null) {
                passing = new FixedBitSet(reprints.groups());
            }
            passing.set(group);
        }
    }
}
