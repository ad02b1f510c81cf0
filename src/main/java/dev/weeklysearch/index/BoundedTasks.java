package dev.weeklysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Tasks on a shared pool with at most a given number in flight, so that a fast source cannot queue
 * every post's bytes in memory ahead of the analysis, and one wait for them all, in which an I/O
 * error of any task fails the run.
 */
final class BoundedTasks {
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final List<Future<?>> tasks = new ArrayList<>();

    BoundedTasks(ExecutorService pool, int maxInFlight) {
        this.pool = pool;
        this.inFlight = new Semaphore(maxInFlight);
    }

    /** Runs {@code task}, then {@code after} whatever happened; blocks while the limit is reached. */
    void submit(Runnable task, Runnable after) {
        inFlight.acquireUninterruptibly();
        synchronized (tasks) {
            tasks.add(pool.submit(() -> {
                try {
                    task.run();
                } finally {
                    inFlight.release();
                    after.run();
                }
            }));
        }
    }

    /** Waits for every submitted task; an I/O error of one is thrown here. */
    void awaitAll() throws IOException {
        List<Future<?>> all;
        synchronized (tasks) {
            all = List.copyOf(tasks);
        }
        for (Future<?> f : all) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException("indexing failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
