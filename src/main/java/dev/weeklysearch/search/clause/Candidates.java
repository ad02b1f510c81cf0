package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.query.CompiledQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents some pass of {@code Hybrid} can match, found before anything is scored, so that the
 * clauses are scored only there ({@link ClauseScores}): the entries with every strict clause (a
 * conjunction: each clause, cheapest first, is read only where the clauses before it all matched),
 * or with at least the most-words pass's minimum of the words ({@link BitCounts}), and none of the
 * excluded clauses. A query of several words matches a few entries and touches tens of thousands
 * of documents at 100 times the corpus; scoring every document some clause touched cost most of a
 * query. The sets are exact, so the passes match, score and count exactly what they did.
 */
final class Candidates {
    /**
     * Below this many postings in all (the clauses' {@link Leaves#cost}), every clause is scored
     * everywhere, as before: finding the candidates weighs the phrases twice and costs more than
     * it saves on a few thousand documents (the corpus itself, 1,198 entries).
     */
    static final long FEW = 32_768;

    /** The strict pass's candidates, the most-words pass's (empty when it does not run), and both. */
    private final FixedBitSet strict;
    private final FixedBitSet words;
    private final FixedBitSet both;
    /**
     * The most-words candidates whose scores can rank: none when the strict pass alone fills the
     * window, since the word side lists the strict pass's matches first and the most-words pass's
     * only to fill the window; then that pass still matches and counts (totals, facets), unranked.
     */
    private final FixedBitSet wordsRanked;
    /** The strict candidates and the ranked most-words ones: where a clause of both is scored. */
    private final FixedBitSet ranked;

    private Candidates(FixedBitSet strict, FixedBitSet words, int window, BitSets sets) {
        this.strict = strict;
        this.words = words;
        this.both = sets.take();
        both.or(strict);
        both.or(words);
        boolean strictFills = window > 0 && strict.cardinality() >= window;
        this.wordsRanked = strictFills ? sets.take() : words;
        this.ranked = strictFills ? strict : both;
    }

    /**
     * The candidates, or null when they are every document some clause matches (one strict clause and
     * no most-words pass, or a minimum of one word): then there is nothing to skip.
     *
     * @param leaves each clause of {@code q} as its leaves
     * @param few    below this many postings, no candidates ({@link #FEW}; tests narrow small indexes)
     * @param window how many documents each pass ranks, when the strict pass's best come first among all
     *               its candidates (no filter, no date sort); 0 when not so
     */
    static Candidates of(Commit searcher, CompiledQuery q, Map<Query, Leaves> leaves, TermLeaves terms, long few,
            int window, BitSets sets) throws IOException {
        int minimumWords = q.looseMinimum();
        boolean relax = q.canRelax() && q.severalWords() && !q.words().isEmpty();
        List<Query> strict = new ArrayList<>(new LinkedHashSet<>(q.strict()));
        if (relax ? minimumWords < 2 : strict.size() < 2) {
            return null;
        }
        Map<Query, Long> costs = new LinkedHashMap<>();
        long touched = 0;
        List<List<Query>> lists = relax ? List.of(q.strict(), q.words()) : List.of(q.strict());
        for (List<Query> list : lists) {
            for (Query clause : list) {
                if (!costs.containsKey(clause)) {
                    costs.put(clause, leaves.get(clause).cost(searcher));
                    touched += costs.get(clause);
                }
            }
        }
        if (touched < few) {
            return null;
        }
        FixedBitSet all = conjunction(searcher, strict, leaves, terms, costs, sets);
        FixedBitSet most = relax ? most(searcher, q.words(), leaves, terms, costs, minimumWords, sets) : sets.take();
        FixedBitSet out = sets.take();
        out.or(all);
        out.or(most);
        out.and(searcher.entries());
        for (Query excluded : new LinkedHashSet<>(q.excludedClauses())) {
            FixedBitSet docs = sets.take();
            leaves.get(excluded).match(searcher, terms, out, docs, sets);
            out.andNot(docs);
        }
        all.and(out);
        most.and(out);
        return new Candidates(all, most, window, sets);
    }

    FixedBitSet strict() {
        return strict;
    }

    FixedBitSet words() {
        return words;
    }

    FixedBitSet both() {
        return both;
    }

    /** The most-words candidates whose scores can rank ({@link #wordsRanked}). */
    FixedBitSet wordsRanked() {
        return wordsRanked;
    }

    /** Where a clause of both passes is scored: the strict candidates and the ranked most-words ones. */
    FixedBitSet ranked() {
        return ranked;
    }

    /**
     * Where a clause must be scored, given how many times each list holds it (strict, words, excluded,
     * bonus, as {@link ClauseScores} counts them); null when nowhere: an excluded clause's documents
     * are no candidates. A strict clause's score counts only where every strict clause matched; a
     * word's only where most words did, and only when those rank ({@link #wordsRanked}).
     */
    FixedBitSet domain(int[] use) {
        if (use[3] > 0 || use[0] > 0 && use[1] > 0) {
            return ranked;
        }
        if (use[0] > 0) {
            return strict;
        }
        return use[1] > 0 && wordsRanked == words ? words : null;
    }

    /** Whether the most-words pass's scores can rank: the strict pass does not fill the window alone. */
    boolean wordsRank() {
        return wordsRanked == words;
    }

    /**
     * The documents at least {@code minimum} of the words match (a word listed twice counts twice).
     * The cheapest words are read over the whole index until a document missing them all would have
     * too few; each costly word after them only where a document can still reach the minimum
     * ({@link BitCounts#atLeast(List, long[], int[], int, FixedBitSet, BitSets)}).
     */
    private static FixedBitSet most(Commit searcher, List<Query> words, Map<Query, Leaves> leaves, TermLeaves terms,
            Map<Query, Long> costs, int minimum, BitSets sets) throws IOException {
        Map<Query, Integer> times = new LinkedHashMap<>();
        words.forEach(w -> times.merge(w, 1, Integer::sum));
        List<Query> order = new ArrayList<>(times.keySet());
        order.sort((a, b) -> Long.compare(costs.get(a), costs.get(b)));
        List<BitCounts.Part> parts = new ArrayList<>(order.size());
        int[] weights = new int[order.size()];
        long[] cost = new long[order.size()];
        for (int i = 0; i < order.size(); i++) {
            Leaves word = leaves.get(order.get(i));
            parts.add((within, docs) -> word.match(searcher, terms, within, docs, sets));
            weights[i] = times.get(order.get(i));
            cost[i] = costs.get(order.get(i));
        }
        return BitCounts.atLeast(parts, cost, weights, minimum, null, sets);
    }

    /** The documents every clause of {@code strict} matches (none when it is empty). */
    private static FixedBitSet conjunction(Commit searcher, List<Query> strict, Map<Query, Leaves> leaves,
            TermLeaves terms, Map<Query, Long> costs, BitSets sets) throws IOException {
        for (Query c : strict) {
            if (leaves.get(c).isEmpty()) {
                return sets.take();
            }
        }
        List<Query> order = new ArrayList<>(strict);
        order.sort((a, b) -> Long.compare(costs.get(a), costs.get(b)));
        FixedBitSet running = null;
        for (Query c : order) {
            FixedBitSet docs = sets.take();
            leaves.get(c).match(searcher, terms, running, docs, sets);
            running = docs;
            if (docs.nextSetBit(0) == DocIdSetIterator.NO_MORE_DOCS) {
                break;
            }
        }
        return running == null ? sets.take() : running;
    }
}
