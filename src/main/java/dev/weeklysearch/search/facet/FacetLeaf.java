package dev.weeklysearch.search.facet;

import dev.weeklysearch.search.commit.Dates;
import dev.weeklysearch.search.commit.Ordinals;
import dev.weeklysearch.search.commit.Reprints;
import java.io.IOException;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;

/**
 * {@link FacetCounts} in one segment: reads each match's type, project and year ordinals from the
 * commit's arrays, checks them against the request's filters, offers the matches that pass them all
 * to the collector's {@link Top}, and counts them in its {@link FacetCounts.Counter}.
 */
final class FacetLeaf implements LeafCollector {
    private final int docBase;
    private final Ordinals[] columns;
    private final boolean[][] kept;
    private final Reprints reprints;
    private final Dates dates;
    private final FacetCounts.Counter counter;
    private Scorable scorer;

    FacetLeaf(int docBase, Ordinals[] columns, boolean[][] kept, Reprints reprints, Dates dates,
            FacetCounts.Counter counter) {
        this.docBase = docBase;
        this.dates = dates;
        this.columns = columns;
        this.kept = kept;
        this.reprints = reprints;
        this.counter = counter;
    }

    @Override
    public void setScorer(Scorable scorer) {
        // Every match must reach the counts: nothing here lets the scorer skip any.
        this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
        int global = docBase + doc;
        int misses = 0;
        int missed = -1;
        for (int i = 0; i < columns.length; i++) {
            if (!passes(i, global)) {
                misses++;
                missed = i;
            }
        }
        if (misses > 1) {
            return;
        }
        int group = reprints.group(global);
        if (misses == 0) {
            counter.top.offer(global, scorer.score(), dates.of(global));
            if (group < 0) {
                counter.singles++;
            } else {
                counter.pass(group);
            }
        }
        for (int i = 0; i < columns.length; i++) {
            if (misses == 0 || i == missed) {
                Ordinals column = columns[i];
                int[] counts = counter.counts[i];
                for (int k = column.from(global), end = column.to(global); k < end; k++) {
                    if (group < 0) {
                        counts[column.ord(k)]++;
                    } else {
                        counter.share(i, column.ord(k), group);
                    }
                }
            }
        }
    }

    /** Whether the document passes dimension {@code i}'s filter: it holds a value the request keeps. */
    private boolean passes(int i, int global) {
        boolean[] keep = kept[i];
        if (keep == null) {
            return true;
        }
        Ordinals column = columns[i];
        for (int k = column.from(global), end = column.to(global); k < end; k++) {
            if (keep[column.ord(k)]) {
                return true;
            }
        }
        return false;
    }
}
