package dev.weeklysearch.search.rank;

import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.query.CompiledQuery;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The word side of a query scored clause at a time: each distinct clause is rewritten, weighed and
 * scored once per request, into per-document sums and match counts for the strict clauses and for
 * the words, from which every pass of {@link Hybrid} reads its matches. Three Boolean queries over
 * the same clauses rewrote them (typo automata included), looked their terms up and walked their
 * postings once per pass. A Boolean query's score is the sum of its matching clauses' scores, so
 * the sums here rank as those queries did.
 *
 * <p>Not thread-safe: one request at a time; {@link Workspace} instances are pooled per searcher.
 */
final class ClauseScores {
    private final Workspace w;
    private int strictClauses;
    private int looseMinimum;
    /** Where the clauses were scored, or null: everywhere. */
    private Candidates candidates;

    private ClauseScores(Workspace w) {
        this.w = w;
    }

    /**
     * Scores the compiled query's clauses into {@code w} (cleared first), only where the strict or the
     * most-words pass can match ({@link Candidates}); with {@code anyWord}, everywhere, as the
     * any-word pass needs.
     */
    static ClauseScores score(Commit searcher, CompiledQuery q, Workspace w, boolean anyWord) throws IOException {
        return score(searcher, q, w, anyWord, Candidates.FEW, 0);
    }

    /**
     * As {@link #score(Commit, CompiledQuery, Workspace, boolean)}, narrowing from {@code few} postings on,
     * and, when {@code window} is positive, scoring exactly only the candidates that can enter a
     * pass's top {@code window} ({@link Competitive}); the others keep partial scores below it. When
     * the strict pass fills the window alone, the most-words pass's scores are not computed: it then
     * only matches and counts ({@link Candidates#wordsRanked}).
     */
    static ClauseScores score(Commit searcher, CompiledQuery q, Workspace w, boolean anyWord, long few, int window)
            throws IOException {
        w.clear();
        ClauseScores s = new ClauseScores(w);
        // Each distinct query once, with how many times each list holds it.
        Map<Query, int[]> uses = new LinkedHashMap<>();
        q.strict().forEach(c -> uses.computeIfAbsent(c, k -> new int[4])[0]++);
        q.words().forEach(c -> uses.computeIfAbsent(c, k -> new int[4])[1]++);
        q.excludedClauses().forEach(c -> uses.computeIfAbsent(c, k -> new int[4])[2]++);
        q.bonus().forEach(c -> uses.computeIfAbsent(c, k -> new int[4])[3]++);
        s.strictClauses = q.strict().size();
        s.looseMinimum = q.looseMinimum();
        Pruning pruning = new Pruning(searcher.terms(), w.terms);
        Map<Query, Leaves> leaves = new LinkedHashMap<>();
        for (Query c : uses.keySet()) {
            leaves.put(c, Leaves.of(c, pruning));
        }
        s.candidates = anyWord ? null : Candidates.of(searcher, q, leaves, w.terms, few, window, w.bits);
        Competitive competitive = s.candidates == null || window <= 0 ? null
                : Competitive.of(searcher, s.candidates, uses, leaves, window, w.bits);
        List<Map.Entry<Query, int[]>> order = competitive == null ? List.copyOf(uses.entrySet())
                : competitive.order(uses);
        for (Map.Entry<Query, int[]> e : order) {
            Leaves clause = leaves.get(e.getKey());
            int[] use = e.getValue();
            FixedBitSet domain = s.candidates == null ? null
                    : competitive == null ? s.candidates.domain(use) : competitive.domain(use);
            if (!clause.isEmpty() && (s.candidates == null || domain != null)) {
                s.add(searcher, clause, use, domain);
            }
            if (competitive != null) {
                competitive.scored(e.getKey(), use, w.strict, w.words, w.bonus);
            }
        }
        return s;
    }

    /** Whether the most-words pass's scores rank: not when the strict matches fill the window alone. */
    boolean wordsRanked() {
        return candidates == null || candidates.wordsRank();
    }

    /** Scored only where a pass but the any-word one can match: that pass needs {@code score(…, true)}. */
    boolean narrowed() {
        return candidates != null;
    }

    /**
     * Sums the clause's leaves into {@code w.clause} within {@code domain} (all when null), then adds each document's clause score to the
     * lists that hold the clause, as many times as each holds it.
     */
    private void add(Commit searcher, Leaves clause, int[] use, FixedBitSet domain) throws IOException {
        Sums c = w.clause;
        clause.score(searcher, c, w.group, w.terms, domain);
        for (int i = 0; i < c.size; i++) {
            int d = c.touched[i];
            // A clause scores as a float, as its Boolean query would.
            float score = (float) c.score[d];
            w.strict.add(d, score, use[0]);
            w.words.add(d, score, use[1]);
            w.excluded.add(d, 0, use[2]);
            w.bonus.add(d, score, use[3]);
        }
        c.clear();
    }

    /** Every strict clause matched, and no excluded one. */
    boolean strict(int doc) {
        if (candidates != null) {
            return candidates.strict().get(doc);
        }
        return strictClauses > 0 && w.strict.count[doc] == strictClauses && w.excluded.count[doc] == 0;
    }

    /** At least {@code minimum} of the words matched, and no excluded clause. */
    boolean words(int doc, int minimum) {
        if (candidates != null && minimum == looseMinimum) {
            return candidates.words().get(doc);
        }
        return w.words.count[doc] >= minimum && w.excluded.count[doc] == 0;
    }

    float strictScore(int doc) {
        return (float) (w.strict.score[doc] + w.bonus.score[doc]);
    }

    float wordsScore(int doc) {
        return (float) (w.words.score[doc] + w.bonus.score[doc]);
    }

    /** The entries of {@code entries} that match the strict pass, in index order. */
    int[] strictMatches(FixedBitSet entries) {
        if (candidates != null) {
            return WordPass.members(candidates.strict());
        }
        return WordPass.matches(w.strict, d -> entries.get(d) && strict(d));
    }

    /** The entries of {@code entries} with at least {@code minimum} of the words, in index order. */
    int[] wordMatches(FixedBitSet entries, int minimum) {
        if (candidates != null && minimum == looseMinimum) {
            return WordPass.members(candidates.words());
        }
        return WordPass.matches(w.words, d -> entries.get(d) && words(d, minimum));
    }

    /** Per-document sums and counts over a whole index, with the list of documents touched. */
    static final class Sums {
        final double[] score;
        final int[] count;
        final int[] touched;
        int size;

        Sums(int maxDoc) {
            score = new double[maxDoc];
            count = new int[maxDoc];
            touched = new int[maxDoc];
        }

        void add(int doc, float s, int times) {
            if (times == 0) {
                return;
            }
            if (count[doc] == 0) {
                touched[size++] = doc;
            }
            count[doc] += times;
            score[doc] += (double) s * times;
        }

        void clear() {
            for (int i = 0; i < size; i++) {
                score[touched[i]] = 0;
                count[touched[i]] = 0;
            }
            size = 0;
        }
    }

    /**
     * The arrays of one request, sized to the index and reused: cleared through the documents they
     * touched, so a query costs what it matches, not what the index holds.
     */
    static final class Workspace {
        final Sums strict;
        final Sums words;
        final Sums excluded;
        final Sums bonus;
        /** One clause's leaves, summed before they count as the clause. */
        final Sums clause;
        /** A group's leaves within a clause ({@link Leaves}). */
        final Sums group;

        /** Enums kept for term leaves, bound to the searcher's segments. */
        final TermLeaves terms;
        /** Scratch sets for finding the candidates, taken back when the workspace is next taken. */
        final BitSets bits;

        Workspace(int maxDoc, int segments) {
            terms = new TermLeaves(segments);
            bits = new BitSets(maxDoc);
            clause = new Sums(maxDoc);
            group = new Sums(maxDoc);
            strict = new Sums(maxDoc);
            words = new Sums(maxDoc);
            excluded = new Sums(maxDoc);
            bonus = new Sums(maxDoc);
        }

        void clear() {
            strict.clear();
            words.clear();
            excluded.clear();
            bonus.clear();
        }
    }
}
