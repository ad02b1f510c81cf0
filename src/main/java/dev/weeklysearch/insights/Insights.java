package dev.weeklysearch.insights;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts searches and clicks in memory and adds them to the SQLite file every few seconds and on
 * close, so that recording an event is a map update, never a disk write. Memory stays bounded:
 * the pending counts hold at most what the rate limit let in since the last flush, and the day's
 * distinct queries are capped ({@link Settings#maxQueriesPerDay()}).
 */
public final class Insights implements Closeable {
    /** The file's name, in the folder that holds the index folder. */
    public static final String FILE = "insights.db";
    private static final Logger LOG = LoggerFactory.getLogger(Insights.class);
    private static final long FLUSH_SECONDS = 5;
    private static final int BURST_SECONDS = 10;

    private final Settings settings;
    private final Store store;
    private final Clock clock;
    private final TokenBucket bucket;
    private final ScheduledExecutorService flusher;
    private final Object lock = new Object();
    private Map<Store.SearchKey, Long> searches = new HashMap<>();
    private Map<Store.ClickKey, Long> clicks = new HashMap<>();
    private LocalDate today;
    private Set<String> todayQueries = new HashSet<>();
    private LocalDate retainedOn;

    private Insights(Settings settings, Store store, Clock clock) {
        this.settings = settings;
        this.store = store;
        this.clock = clock;
        this.bucket = new TokenBucket(settings.eventsPerSecond(), settings.eventsPerSecond() * BURST_SECONDS,
                System.nanoTime());
        if (store == null) {
            this.flusher = null;
            return;
        }
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "insights-flush");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_SECONDS, FLUSH_SECONDS, TimeUnit.SECONDS);
    }

    /** Records nothing and creates no file. */
    public static Insights off() {
        return new Insights(Settings.OFF, null, Clock.systemUTC());
    }

    /** Opens (creating it if need be) the file; with {@code settings} disabled, {@link #off()}. */
    public static Insights open(Path file, Settings settings) throws IOException {
        return open(file, settings, Clock.systemUTC());
    }

    /** @param clock whose UTC date is the day counted (tests move it) */
    public static Insights open(Path file, Settings settings, Clock clock) throws IOException {
        if (!settings.enabled()) {
            return off();
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Store store = new Store(file);
        Insights insights = new Insights(settings, store, clock);
        try {
            insights.retain();
            insights.today = insights.day();
            insights.todayQueries = store.queries(insights.today);
        } catch (SQLException e) {
            insights.flusher.shutdownNow();
            store.close();
            throw new IOException("cannot read the insights database " + file + ": " + e.getMessage(), e);
        }
        return insights;
    }

    /** The file beside the index folder {@code index}: {@code index/../insights.db}. */
    public static Path besideIndex(Path index) {
        Path parent = index.toAbsolutePath().normalize().getParent();
        return parent == null ? index.resolveSibling(FILE) : parent.resolve(FILE);
    }

    public boolean enabled() {
        return store != null;
    }

    public Settings settings() {
        return settings;
    }

    /** Takes one event's worth of the global rate limit; false: drop the event. */
    public boolean admit() {
        return bucket.take(System.nanoTime());
    }

    /** Counts a search of {@code rawQuery} that found {@code total} entries. */
    public void search(String rawQuery, long total) {
        String query = QueryText.of(rawQuery);
        if (store == null || query.isEmpty()) {
            return;
        }
        int b = total == 0 ? 0 : total < 10 ? 1 : 2;
        synchronized (lock) {
            LocalDate day = day();
            if (!day.equals(today)) {
                today = day;
                todayQueries = new HashSet<>();
            }
            if (!todayQueries.contains(query)) {
                if (todayQueries.size() >= settings.maxQueriesPerDay()) {
                    query = Store.OTHER;
                } else {
                    todayQueries.add(query);
                }
            }
            searches.merge(new Store.SearchKey(day.toString(), query, b), 1L, Long::sum);
        }
    }

    /** Counts a click on the hit at {@code position} (1 = first), an entry of {@code type}. */
    public void click(int position, String type) {
        if (store == null) {
            return;
        }
        synchronized (lock) {
            clicks.merge(new Store.ClickKey(day().toString(), position, type), 1L, Long::sum);
        }
    }

    /** The period of {@code days} days ending today, pending counts included. */
    public Report report(int days) throws IOException {
        if (store == null) {
            throw new IllegalStateException("analytics are off");
        }
        flush();
        LocalDate to = day();
        try {
            return store.report(to.minusDays(days - 1L), to, settings.minCount());
        } catch (SQLException e) {
            throw new IOException("cannot read the insights database: " + e.getMessage(), e);
        }
    }

    /** Adds the pending counts to the file, and deletes days past the retention once a day. */
    public void flush() throws IOException {
        if (store == null) {
            return;
        }
        Map<Store.SearchKey, Long> s;
        Map<Store.ClickKey, Long> c;
        synchronized (lock) {
            s = searches;
            c = clicks;
            searches = new HashMap<>();
            clicks = new HashMap<>();
        }
        try {
            store.add(s, c);
            if (!day().equals(retainedOn)) {
                retain();
            }
        } catch (SQLException e) {
            // Dropped, not kept: a full disk must not grow the memory instead.
            throw new IOException("cannot write the insights database: " + e.getMessage(), e);
        }
    }

    private void retain() throws SQLException {
        LocalDate day = day();
        store.deleteBefore(day.minusDays(settings.retentionDays() - 1L));
        retainedOn = day;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException | RuntimeException e) {
            LOG.warn("insights: {}", e.getMessage());
        }
    }

    private LocalDate day() {
        return LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    }

    @Override
    public void close() throws IOException {
        if (store == null) {
            return;
        }
        flusher.shutdownNow();
        try {
            flush();
        } finally {
            store.close();
        }
    }
}
