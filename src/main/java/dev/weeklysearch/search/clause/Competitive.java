package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The candidates that can still enter a pass's top window while the clauses are scored one after
 * the other ({@link ClauseScores}), as MaxScore prunes, term at a time: a candidate whose score so
 * far, plus the most the clauses still to come can add, stays below the window's lowest score so
 * far cannot enter the window, so the clauses still to come skip it. Scores only grow as clauses
 * add to them, so the window's lowest score so far never drops, and a candidate left out stays out.
 *
 * <p>The passes still match and count exactly ({@link Candidates} holds who matches); only the
 * scores of candidates that cannot reach the window are left partial. So it applies only to a
 * ranking by score over the whole window: no date sort, no filter that would keep some candidates
 * out of the window (then the window's lowest score over all candidates says nothing).
 */
final class Competitive {
    /**
     * How far below the window's lowest score a candidate must stay to be left out, relative: the
     * sums are of floats summed in doubles and cast to a float at the end, so a candidate within a
     * float's rounding of the window keeps its exact score.
     */
    private static final double MARGIN = 1e-5;

    private final int window;
    /** Still competitive: in the strict pass, in the most-words pass, in either. */
    private final FixedBitSet strict;
    private final FixedBitSet words;
    private final FixedBitSet both;
    /** Whether the most-words pass ranks at all ({@link Candidates#wordsRank}). */
    private final boolean wordsRank;
    /** Each clause's bound: the sum of its leaves' ({@link LeafFacts#bound}). */
    private final Map<Query, Double> bounds;
    /** The most the clauses not yet scored can add to a strict score and to a most-words score. */
    private double strictLeft;
    private double wordsLeft;
    private final double[] heap;

    private Competitive(Candidates candidates, int window, Map<Query, Double> bounds, Map<Query, int[]> uses,
            BitSets sets) {
        this.window = window;
        this.strict = copy(candidates.strict(), sets);
        this.words = copy(candidates.wordsRanked(), sets);
        this.both = copy(candidates.ranked(), sets);
        this.wordsRank = candidates.wordsRank();
        this.bounds = bounds;
        uses.forEach((c, use) -> {
            strictLeft += (use[0] + use[3]) * bounds.get(c);
            wordsLeft += (use[1] + use[3]) * bounds.get(c);
        });
        this.heap = new double[window];
    }

    /**
     * The competitive candidates before any clause is scored, or null when some clause has no bound
     * (then nothing can be left out).
     *
     * @param uses   each distinct clause with how many times each list holds it ({@link ClauseScores})
     * @param window how many documents each pass keeps
     */
    static Competitive of(Commit searcher, Candidates candidates, Map<Query, int[]> uses, Map<Query, Leaves> leaves,
            int window, BitSets sets) throws IOException {
        Map<Query, Double> bounds = new LinkedHashMap<>();
        for (Map.Entry<Query, int[]> e : uses.entrySet()) {
            double bound = 0;
            if (weight(e.getValue()) > 0) {
                for (Map.Entry<Query, Float> leaf : leaves.get(e.getKey()).all()) {
                    bound += LeafFacts.bound(searcher, leaf.getKey(), leaf.getValue());
                }
            }
            if (Double.isInfinite(bound)) {
                return null;
            }
            bounds.put(e.getKey(), bound);
        }
        return new Competitive(candidates, window, bounds, uses, sets);
    }

    /**
     * The clauses in MaxScore's order, the largest bound first, so that what is left to add shrinks
     * fastest. The order of the sums changes nothing: they add floats in doubles, exactly in any
     * order while the clause scores lie within 2^25 of each other.
     */
    List<Map.Entry<Query, int[]>> order(Map<Query, int[]> uses) {
        List<Map.Entry<Query, int[]>> order = new ArrayList<>(uses.entrySet());
        order.sort(Comparator.comparingDouble(e -> -weight(e.getValue()) * bounds.get(e.getKey())));
        return order;
    }

    private static int weight(int[] use) {
        return use[0] + use[1] + use[3];
    }

    private static FixedBitSet copy(FixedBitSet from, BitSets sets) {
        FixedBitSet to = sets.take();
        to.or(from);
        return to;
    }

    /** Where a clause of these uses ({@link Candidates#domain}) is still worth scoring. */
    FixedBitSet domain(int[] use) {
        if (use[3] > 0 || use[0] > 0 && use[1] > 0) {
            return both;
        }
        return use[0] > 0 ? strict : use[1] > 0 && wordsRank ? words : null;
    }

    /**
     * The clause, of these uses, is scored: leaves out the candidates that can no longer reach a
     * window, reading their sums so far.
     */
    void scored(Query clause, int[] use, Sums strictSums, Sums wordsSums,
            Sums bonus) {
        strictLeft -= (use[0] + use[3]) * bounds.get(clause);
        wordsLeft -= (use[1] + use[3]) * bounds.get(clause);
        double strictFloor = lowest(strict, strictSums, bonus);
        double wordsFloor = lowest(words, wordsSums, bonus);
        if (strictFloor == Double.NEGATIVE_INFINITY && wordsFloor == Double.NEGATIVE_INFINITY) {
            return;
        }
        for (int d = both.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(both, d)) {
            boolean outStrict = !strict.get(d) || strictSums.score[d] + bonus.score[d] + strictLeft < strictFloor;
            boolean outWords = !words.get(d) || wordsSums.score[d] + bonus.score[d] + wordsLeft < wordsFloor;
            if (outStrict && strict.get(d)) {
                strict.clear(d);
            }
            if (outWords && words.get(d)) {
                words.clear(d);
            }
            if (outStrict && outWords) {
                both.clear(d);
            }
        }
    }

    private static int next(FixedBitSet set, int d) {
        return d + 1 >= set.length() ? DocIdSetIterator.NO_MORE_DOCS : set.nextSetBit(d + 1);
    }

    /**
     * The window's lowest score so far among the competitive candidates of a pass, less the margin;
     * minus infinity when fewer than a window of them are left. Those left out stay below it, so the
     * window's lowest score among all the pass's candidates is the same.
     */
    private double lowest(FixedBitSet pass, Sums sums, Sums bonus) {
        int n = 0;
        for (int d = pass.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS; d = next(pass, d)) {
            double s = sums.score[d] + bonus.score[d];
            if (n < window) {
                heap[n] = s;
                up(n++);
            } else if (s > heap[0]) {
                heap[0] = s;
                down(n);
            }
        }
        return n < window ? Double.NEGATIVE_INFINITY : heap[0] - Math.abs(heap[0]) * MARGIN;
    }

    /** Min-heap over {@code heap[0..]}: sifts the value at {@code i} up. */
    private void up(int i) {
        while (i > 0 && heap[(i - 1) / 2] > heap[i]) {
            swap(i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    /** Min-heap over {@code heap[0..n)}: sifts the root down. */
    private void down(int n) {
        int i = 0;
        while (true) {
            int least = i;
            for (int c = 2 * i + 1; c <= 2 * i + 2 && c < n; c++) {
                if (heap[c] < heap[least]) {
                    least = c;
                }
            }
            if (least == i) {
                return;
            }
            swap(i, least);
            i = least;
        }
    }

    private void swap(int a, int b) {
        double t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
