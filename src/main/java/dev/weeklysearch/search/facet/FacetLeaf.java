package dev.weeklysearch.search.facet;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * {@link FacetCounts} in one segment: reads each match's type, project and year ordinals once, checks
 * them against the request's filters, passes the matches that pass them all to the top collector, and
 * counts entries printed once in arrays over the segment's ordinals (as long as its distinct values).
 */
final class FacetLeaf implements LeafCollector {
    private final LeafReaderContext context;
    private final LeafCollector topLeaf;
    private final NumericDocValues dup;
    private final SortedSetDocValues[] values = new SortedSetDocValues[FacetCounts.DIMENSIONS.size()];
    private final int[][] perOrd = new int[FacetCounts.DIMENSIONS.size()][];
    /**
     * Per dimension and ordinal, the reprint keys of reprinted entries: by ordinal while in the
     * segment, turned into values once in {@link #finish} (a reprint-heavy archive otherwise looks
     * every reprint's value up and makes it a string).
     */
    @SuppressWarnings("unchecked")
    private final Map<Integer, Set<Long>>[] sharedPerOrd = new Map[FacetCounts.DIMENSIONS.size()];
    /** Per dimension, which ordinals the request keeps; null when it keeps all. */
    private final boolean[][] kept = new boolean[FacetCounts.DIMENSIONS.size()][];
    private final int[][] ords = new int[FacetCounts.DIMENSIONS.size()][4];
    private final int[] ordCount = new int[FacetCounts.DIMENSIONS.size()];

    private final FixedBitSet reprinted;
    private final FacetCounts.Counter counter;

    FacetLeaf(LeafReaderContext context, LeafCollector topLeaf, List<Set<String>> selected, FixedBitSet reprinted,
            FacetCounts.Counter counter) throws IOException {
        this.context = context;
        this.topLeaf = topLeaf;
        this.reprinted = reprinted;
        this.counter = counter;
        this.dup = DocValues.getNumeric(context.reader(), Schema.DUP_KEY);
        for (int i = 0; i < values.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), FacetCounts.DIMENSIONS.get(i));
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
                counter.sharedKeys.add(key);
            } else {
                counter.singles++;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (misses == 0 || i == missed) {
                for (int k = 0; k < ordCount[i]; k++) {
                    if (isReprint) {
                        if (sharedPerOrd[i] == null) {
                            sharedPerOrd[i] = new HashMap<>();
                        }
                        sharedPerOrd[i].computeIfAbsent(ords[i][k], v -> new HashSet<>()).add(key);
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
            if (sharedPerOrd[i] != null) {
                for (Map.Entry<Integer, Set<Long>> e : sharedPerOrd[i].entrySet()) {
                    counter.shared.get(i).computeIfAbsent(values[i].lookupOrd(e.getKey()).utf8ToString(),
                            v -> new HashSet<>()).addAll(e.getValue());
                }
            }
            for (int ord = 0; ord < perOrd[i].length; ord++) {
                if (perOrd[i][ord] > 0) {
                    counter.counts.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), perOrd[i][ord], Integer::sum);
                }
            }
        }
    }
}
