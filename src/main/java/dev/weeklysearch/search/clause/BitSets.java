package dev.weeklysearch.search.clause;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.FixedBitSet;

/**
 * Scratch sets of one {@link Workspace}, each of the index's {@code maxDoc} bits. Finding
 * the candidates ({@link Candidates}) takes dozens per query of several words (15 KB each at 120,000
 * entries), which were garbage after every request. Owner: the workspace. Lifetime: a set handed out
 * stays the taker's until the workspace's next request ({@link #reset}, called by {@link Workspaces#take}).
 * Bound: {@value #KEPT} sets kept; a request that needs more gets fresh ones for the rest.
 */
final class BitSets {
    private static final int KEPT = 64;

    private final int maxDoc;
    private final List<FixedBitSet> kept = new ArrayList<>();
    private int used;

    BitSets(int maxDoc) {
        this.maxDoc = maxDoc;
    }

    /** Takes every set back: only at the start of a request, when no set of the last one is referenced. */
    void reset() {
        used = 0;
    }

    /** An empty set of {@code maxDoc} bits, the caller's until the next {@link #reset}. */
    FixedBitSet take() {
        if (used < kept.size()) {
            FixedBitSet set = kept.get(used++);
            set.clear(0, maxDoc);
            return set;
        }
        FixedBitSet set = new FixedBitSet(maxDoc);
        if (kept.size() < KEPT) {
            kept.add(set);
            used++;
        }
        return set;
    }

    int maxDoc() {
        return maxDoc;
    }
}
