package dev.weeklysearch.search.clause;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.lucene.index.IndexReader;

/**
 * Scoring workspaces sized to one commit, kept for reuse between its requests. Owned by one
 * {@code Commit} and gone with it. Bound: {@link #POOLED} workspaces (about one a core); more
 * concurrent requests make their own, which are dropped when given back to a full pool.
 */
public final class Workspaces {
    private static final int POOLED = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

    private final IndexReader reader;
    /** Below this many postings a query's clauses are scored everywhere ({@link Candidates#FEW}). */
    private final long few;
    private final BlockingQueue<Workspace> pool = new ArrayBlockingQueue<>(POOLED);

    public Workspaces(IndexReader reader) {
        this(reader, Candidates.FEW);
    }

    /**
     * With candidates found from {@code few} postings on ({@link Candidates#FEW} by default): tests
     * narrow every query of a small index with 0.
     */
    public Workspaces(IndexReader reader, long few) {
        this.reader = reader;
        this.few = few;
    }

    long few() {
        return few;
    }

    /** A workspace for one request; give it back with {@link #release}. */
    Workspace take() {
        Workspace w = pool.poll();
        if (w == null) {
            return new Workspace(Math.max(1, reader.maxDoc()), reader.leaves().size());
        }
        w.bits.reset();
        return w;
    }

    void release(Workspace w) {
        pool.offer(w);
    }
}
