package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;

/**
 * A clause as the leaf queries whose scores it sums, each with the product of the boosts above it,
 * scored one by one. A clause is a tree of disjunctions (fields, then forms of a word): a
 * disjunction scores a document by the sum of its matching clauses, and a boost multiplies a BM25
 * score, so the boosted leaves summed rank a document as the tree does. Lucene would build a
 * Boolean weight and scorer per node, request and segment, each costing its clauses out, for
 * leaves that match a few hundred documents at most.
 *
 * <p>A disjunction with a minimum to match (the loose words of a Chinese clause) is a group: its
 * leaves are summed apart, and a document counts when enough of them matched.
 */
final class Leaves {
    private final Map<Query, Float> plain = new LinkedHashMap<>();
    private final List<Group> groups = new ArrayList<>();

    private record Group(int minimum, Map<Query, Float> leaves) {
    }

    private Leaves() {
    }

    /**
     * The leaves of {@code clause} without what {@code pruning} finds cannot match, a leaf met twice
     * once with its boosts summed (a BM25 score is linear in its boost). A phrase, a term, a typo
     * correction are leaves; so is a Boolean query this plan cannot take apart (required clauses,
     * or nested ones under a minimum). The disjunctions are pruned while they are taken apart, as
     * {@link Pruning#prune} would prune them, without building their pruned copies.
     */
    static Leaves of(Query clause, Pruning pruning) throws IOException {
        Leaves out = new Leaves();
        out.add(clause, 1f, pruning);
        return out;
    }

    /** Nothing of the clause can match this commit. */
    boolean isEmpty() {
        return plain.isEmpty() && groups.isEmpty();
    }

    /** Adds the leaves of {@code q} pruned: none when its pruned form is null. */
    private void add(Query q, float boost, Pruning pruning) throws IOException {
        if (q instanceof BoostQuery b) {
            add(b.getQuery(), boost * b.getBoost(), pruning);
            return;
        }
        if (q instanceof BooleanQuery b && onlyShould(b.clauses())) {
            int minimum = b.getMinimumNumberShouldMatch();
            if (minimum == 0) {
                for (BooleanClause c : b.clauses()) {
                    add(c.query(), boost, pruning);
                }
                return;
            }
            List<BooleanClause> kept = new ArrayList<>(b.clauses().size());
            for (BooleanClause c : b.clauses()) {
                Query pruned = pruning.prune(c.query());
                if (pruned != null) {
                    kept.add(new BooleanClause(pruned, BooleanClause.Occur.SHOULD));
                }
            }
            if (kept.size() < minimum) {
                return;
            }
            if (simpleDistinct(kept)) {
                group(minimum, kept, boost);
            } else {
                BooleanQuery.Builder whole = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
                kept.forEach(whole::add);
                plain.merge(whole.build(), boost, Float::sum);
            }
            return;
        }
        Query pruned = pruning.prune(q);
        if (pruned != null) {
            add(pruned, boost);
        }
    }

    /** Adds the leaves of {@code q}, already pruned. */
    private void add(Query q, float boost) {
        if (q instanceof BoostQuery b) {
            add(b.getQuery(), boost * b.getBoost());
        } else if (q instanceof BooleanQuery b && onlyShould(b.clauses()) && b.getMinimumNumberShouldMatch() == 0) {
            b.clauses().forEach(c -> add(c.query(), boost));
        } else if (q instanceof BooleanQuery b && onlyShould(b.clauses()) && simpleDistinct(b.clauses())) {
            group(b.getMinimumNumberShouldMatch(), b.clauses(), boost);
        } else {
            plain.merge(q, boost, Float::sum);
        }
    }

    private void group(int minimum, List<BooleanClause> clauses, float boost) {
        Map<Query, Float> leaves = new LinkedHashMap<>();
        clauses.forEach(c -> leaves.put(c.query(), boost));
        groups.add(new Group(minimum, leaves));
    }

    private static boolean onlyShould(List<BooleanClause> clauses) {
        for (BooleanClause c : clauses) {
            if (c.occur() != BooleanClause.Occur.SHOULD) {
                return false;
            }
        }
        return true;
    }

    /** Clauses that each count once toward the minimum: no Boolean inside, none twice. */
    private static boolean simpleDistinct(List<BooleanClause> clauses) {
        return clauses.stream().noneMatch(c -> c.query() instanceof BooleanQuery || c.query() instanceof BoostQuery)
                && clauses.stream().map(BooleanClause::query).distinct().count() == clauses.size();
    }

    /**
     * Adds each matching document of {@code domain} (all when null) its clause score to {@code clause}
     * (its count is how many leaves and groups matched it), using {@code group} (empty, and left
     * empty) for the groups, and {@code terms} for the term leaves. Within a domain every document of
     * it is scored as over the whole index: the same leaves, summed in the same order.
     */
    void score(Commit searcher, Sums clause, Sums group, TermLeaves terms,
            FixedBitSet domain) throws IOException {
        for (Map.Entry<Query, Float> leaf : plain.entrySet()) {
            LeafWalks.score(searcher, leaf.getKey(), leaf.getValue(), clause, terms, domain);
        }
        for (Group g : groups) {
            for (Map.Entry<Query, Float> leaf : g.leaves().entrySet()) {
                LeafWalks.score(searcher, leaf.getKey(), leaf.getValue(), group, terms, domain);
            }
            for (int i = 0; i < group.size; i++) {
                int d = group.touched[i];
                if (group.count[d] >= g.minimum()) {
                    clause.add(d, (float) group.score[d], 1);
                }
            }
            group.clear();
        }
    }

    /**
     * Sets in {@code into} the documents of {@code domain} (all when null) the clause matches, deleted
     * ones included: those of a leaf, and those holding enough of a group's leaves. The groups' counts
     * take their scratch sets from {@code sets}.
     */
    void match(Commit searcher, TermLeaves terms, FixedBitSet domain, FixedBitSet into, BitSets sets)
            throws IOException {
        for (Query leaf : plain.keySet()) {
            if (!implied(leaf)) {
                LeafWalks.match(searcher, leaf, terms, domain, into);
            }
        }
        for (Group g : groups) {
            // Rarest first: the common words are then read only where enough rare ones matched.
            List<Query> order = new ArrayList<>(g.leaves().keySet());
            Map<Query, Long> costs = new HashMap<>();
            for (Query leaf : order) {
                costs.put(leaf, LeafFacts.rarest(searcher, leaf));
            }
            order.sort(Comparator.comparingLong(costs::get));
            List<BitCounts.Part> parts = new ArrayList<>(order.size());
            long[] cost = new long[order.size()];
            for (int i = 0; i < order.size(); i++) {
                Query leaf = order.get(i);
                parts.add((within, docs) -> LeafWalks.match(searcher, leaf, terms, within, docs));
                cost[i] = costs.get(leaf);
            }
            int[] times = new int[parts.size()];
            Arrays.fill(times, 1);
            into.or(BitCounts.atLeast(parts, cost, times, g.minimum(), domain, sets));
        }
    }

    /** Whether a group of the clause matches every document the leaf matches ({@link LeafFacts#impliedBy}). */
    private boolean implied(Query leaf) {
        for (Group g : groups) {
            if (LeafFacts.impliedBy(leaf, g.minimum(), g.leaves().keySet())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What matching the clause costs, roughly: per leaf, the documents of its rarest term (a phrase
     * matches no more), summed. Only orders the clauses of a conjunction, cheapest first.
     */
    long cost(Commit searcher) throws IOException {
        long sum = 0;
        for (Map.Entry<Query, Float> e : all()) {
            sum += LeafFacts.rarest(searcher, e.getKey());
        }
        return sum;
    }

    /** Every leaf with its boost, the groups' included. */
    List<Map.Entry<Query, Float>> all() {
        List<Map.Entry<Query, Float>> all = new ArrayList<>(plain.entrySet());
        groups.forEach(g -> all.addAll(g.leaves().entrySet()));
        return all;
    }
}
