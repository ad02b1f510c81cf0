package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.query.CompiledQuery;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * The word side of a query scored clause at a time: each distinct clause is rewritten, weighed and
 * scored once per request, into per-document sums and match counts for the strict clauses and for
 * the words, from which every pass of the ranking reads its matches. Three Boolean queries over
 * the same clauses rewrote them (typo automata included), looked their terms up and walked their
 * postings once per pass. A Boolean query's score is the sum of its matching clauses' scores, so
 * the sums here rank as those queries did.
 *
 * <p>Not thread-safe: one request at a time. Its arrays are a {@link Workspace} taken from the
 * commit's {@link Workspaces} and given back on {@link #close}.
 */
public final class ClauseScores implements AutoCloseable {
    private final Workspace w;
    /**
     * The pool {@code w} goes back to on close; null when another owns it: the caller in tests, or
     * the instance {@link #everywhere} was called on.
     */
    private final Workspaces pool;
    private final Commit searcher;
    private final CompiledQuery q;
    private int strictClauses;
    private int looseMinimum;
    /** Where the clauses were scored, or null: everywhere. */
    private Candidates candidates;

    private ClauseScores(Workspace w, Workspaces pool, Commit searcher, CompiledQuery q) {
        this.w = w;
        this.pool = pool;
        this.searcher = searcher;
        this.q = q;
    }

    /**
     * Scores the compiled query's clauses in a workspace of {@code pool}, only where the strict or
     * the most-words pass can match ({@link Candidates}) once the clauses have the pool's many
     * postings, and, when {@code window} is positive, exactly only where a document can still enter
     * a pass's top {@code window} (no filter, no date sort: see {@link Competitive}). Close it to
     * give the workspace back.
     */
    public static ClauseScores score(Commit searcher, CompiledQuery q, Workspaces pool, int window)
            throws IOException {
        Workspace w = pool.take();
        try {
            return score(searcher, q, w, pool, false, pool.few(), window);
        } catch (IOException | RuntimeException e) {
            pool.release(w);
            throw e;
        }
    }

    /**
     * The clauses scored everywhere, as the any-word pass needs: this instance when it already is,
     * else scored again in the same workspace, and then this instance's scores are gone. Closing
     * this instance gives the workspace back; the one returned holds none of its own.
     */
    public ClauseScores everywhere() throws IOException {
        return candidates == null ? this : score(searcher, q, w, null, true, 0, 0);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.release(w);
        }
    }

    /**
     * Scores into {@code w} (cleared first): with {@code anyWord}, everywhere; otherwise narrowing
     * from {@code few} postings on, and, when {@code window} is positive, scoring exactly only the
     * candidates that can enter a pass's top {@code window} ({@link Competitive}); the others keep
     * partial scores below it. When the strict pass fills the window alone, the most-words pass's
     * scores are not computed: it then only matches and counts ({@link Candidates#wordsRanked}).
     */
    static ClauseScores score(Commit searcher, CompiledQuery q, Workspace w, Workspaces pool, boolean anyWord,
            long few, int window) throws IOException {
        w.clear();
        ClauseScores s = new ClauseScores(w, pool, searcher, q);
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
    public boolean wordsRanked() {
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

    public float strictScore(int doc) {
        return (float) (w.strict.score[doc] + w.bonus.score[doc]);
    }

    public float wordsScore(int doc) {
        return (float) (w.words.score[doc] + w.bonus.score[doc]);
    }

    /** The entries of {@code entries} that match the strict pass, in index order. */
    public int[] strictMatches(FixedBitSet entries) {
        if (candidates != null) {
            return members(candidates.strict());
        }
        return w.strict.matches(d -> entries.get(d) && strict(d));
    }

    /** The entries of {@code entries} with at least {@code minimum} of the words, in index order. */
    public int[] wordMatches(FixedBitSet entries, int minimum) {
        if (candidates != null && minimum == looseMinimum) {
            return members(candidates.words());
        }
        return w.words.matches(d -> entries.get(d) && words(d, minimum));
    }

    /** The set's documents, in index order. */
    private static int[] members(FixedBitSet set) {
        int[] docs = new int[set.cardinality()];
        int n = 0;
        for (int d = set.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                d = d + 1 < set.length() ? set.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            docs[n++] = d;
        }
        return docs;
    }
}
