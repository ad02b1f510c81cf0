package dev.weeklysearch.http;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served index fresh: runs an incremental reindex of the configured sources every
 * {@code interval} and when asked ({@code POST /admin/reindex}), one at a time. A request made
 * while one runs starts nothing and queues nothing. A run that fails leaves the previous commit
 * serving (the reindex commits once, at its end); the searcher picks up a new commit by itself.
 * What the last run did is {@link #status()}, shown in {@code /health}.
 */
public final class Refresher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Refresher.class);

    /**
     * One incremental reindex of the configured sources. The reindex itself lives above {@code http}
     * (in the command line), so it is handed in.
     */
    @FunctionalInterface
    public interface Job {
        Outcome run() throws Exception;
    }

    /**
     * @param ok      whether the reindex completed (a failed post is counted in the summary, it does not fail a run)
     * @param summary one line on what it did, or why it failed
     */
    public record Outcome(boolean ok, String summary) {
    }

    /** One run, as {@code /health} shows it. */
    private record Run(String trigger, Instant started, Instant finished, Outcome outcome) {
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trigger", trigger);
            m.put("started", started.toString());
            m.put("finished", finished.toString());
            m.put("ok", outcome.ok());
            m.put("summary", outcome.summary() == null ? "" : outcome.summary());
            return m;
        }
    }

    private final Job job;
    private final Duration interval;
    private final ScheduledThreadPoolExecutor executor;
    /** When the running refresh started; null when none runs. */
    private final AtomicReference<Instant> runningSince = new AtomicReference<>();
    private final AtomicLong succeeded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile Run last;
    private volatile Run lastFailure;
    private volatile Instant nextAt;
    private ScheduledFuture<?> next;

    /**
     * @param interval time between the end of one refresh and the start of the next; zero turns the
     *                 schedule off (refreshes then run only when asked)
     */
    public Refresher(Job job, Duration interval) {
        this.job = job;
        this.interval = interval.isNegative() ? Duration.ZERO : interval;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "index-reindex");
            t.setDaemon(true);
            return t;
        });
        // On close, the next scheduled refresh is dropped, not waited for.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Starts the schedule: the first refresh after {@code firstDelay} (ignored when the schedule is off). */
    public Refresher start(Duration firstDelay) {
        if (!interval.isZero()) {
            schedule(firstDelay);
        }
        return this;
    }

    public Duration interval() {
        return interval;
    }

    /**
     * Starts a refresh now, unless one is running.
     *
     * @return false when a refresh was already running (nothing started, nothing queued)
     */
    public boolean trigger(String trigger) {
        if (!runningSince.compareAndSet(null, Instant.now())) {
            return false;
        }
        try {
            executor.execute(() -> run(trigger));
        } catch (RejectedExecutionException e) {
            // Closing: nothing runs any more.
            runningSince.set(null);
            return false;
        }
        return true;
    }

    /** When the running refresh started, or null. */
    public Instant runningSince() {
        return runningSince.get();
    }

    private void run(String trigger) {
        Instant started = runningSince.get();
        Outcome outcome;
        try {
            outcome = job.run();
        } catch (Exception | Error e) {
            LOG.warn("refresh failed; still serving the previous index", e);
            outcome = new Outcome(false, e.toString());
        }
        Run run = new Run(trigger, started, Instant.now(), outcome);
        last = run;
        if (outcome.ok()) {
            succeeded.incrementAndGet();
        } else {
            failed.incrementAndGet();
            lastFailure = run;
        }
        runningSince.set(null);
        if (!interval.isZero()) {
            schedule(interval);
        }
    }

    private synchronized void schedule(Duration delay) {
        if (next != null) {
            next.cancel(false);
        }
        if (executor.isShutdown()) {
            return;
        }
        nextAt = Instant.now().plus(delay);
        try {
            next = executor.schedule(() -> {
                if (!trigger("schedule")) {
                    // A requested refresh is running; it schedules the next one when it ends.
                    LOG.debug("scheduled refresh skipped: one is running");
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closing: no next refresh.
            nextAt = null;
        }
    }

    /** Refreshes that ended with {@code ok} (true) or failed (false). */
    public long count(boolean ok) {
        return ok ? succeeded.get() : failed.get();
    }

    /** {@code running}, {@code interval}, {@code lastRefresh}, {@code nextRefresh}, {@code lastError}: for {@code /health}. */
    public Map<String, Object> status() {
        Map<String, Object> m = new LinkedHashMap<>();
        Instant since = runningSince.get();
        Run l = last;
        Run f = lastFailure;
        m.put("running", since != null);
        m.put("runningSince", since == null ? null : since.toString());
        m.put("interval", interval.isZero() ? "off" : interval.toString());
        m.put("lastRefresh", l == null ? null : l.json());
        m.put("nextRefresh", interval.isZero() || nextAt == null ? null : nextAt.toString());
        m.put("lastError", f == null ? null : Map.of("at", f.finished().toString(),
                "message", f.outcome().summary() == null ? "" : f.outcome().summary()));
        return m;
    }

    /** Stops the schedule; a running refresh gets a few seconds to end, then is interrupted (its index stays whole). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
