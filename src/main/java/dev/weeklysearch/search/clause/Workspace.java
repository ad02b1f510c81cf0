package dev.weeklysearch.search.clause;

/**
 * The arrays of one request, sized to the index and reused: cleared through the documents they
 * touched, so a query costs what it matches, not what the index holds.
 */
final class Workspace {
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
