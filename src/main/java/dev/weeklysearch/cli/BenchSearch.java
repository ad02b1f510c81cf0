package dev.weeklysearch.cli;

import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.insights.Settings;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of computed answers in process, without HTTP or wrk sharing the cores: each query of a
 * file through {@link Searcher} with no answer cache, one thread, after a warm-up round. Prints the
 * median and p99 time per query and the bytes the searching thread allocated per query, so a change
 * to the query path is measured in seconds rather than a four-minute load run.
 */
final class BenchSearch {
    private BenchSearch() {
    }

    static int run(Path index, Path queryFile, boolean semantic, int rounds, int slowest) throws IOException {
        List<String> queries = queries(queryFile);
        if (queries.isEmpty()) {
            return 2;
        }
        ThreadMeter meter = new ThreadMeter();
        try (Searcher searcher = Searcher.open(index, 60_000, 0, semantic)) {
            long hits = round(searcher, queries, new long[queries.size()]);
            System.out.printf(Locale.ROOT, "warm-up: %d queries, %d hits in all, semantic %s%n", queries.size(),
                    hits, semantic ? "on" : "off");
            long[] nanos = new long[queries.size() * rounds];
            long bytesBefore = meter.bytes();
            long cpuBefore = meter.cpu();
            long start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                long[] one = new long[queries.size()];
                round(searcher, queries, one);
                System.arraycopy(one, 0, nanos, r * queries.size(), one.length);
            }
            long wall = System.nanoTime() - start;
            long[] last = new long[queries.size()];
            System.arraycopy(nanos, (rounds - 1) * queries.size(), last, 0, last.length);
            Integer[] order = new Integer[last.length];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(last[b], last[a]));
            for (int i = 0; i < Math.min(slowest, order.length); i++) {
                System.out.printf(Locale.ROOT, "slow: %8.3f ms  %s%n", last[order[i]] / 1e6, queries.get(order[i]));
            }
            long bytes = meter.bytes() - bytesBefore;
            long cpu = meter.cpu() - cpuBefore;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "search: %d queries x %d rounds: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  mean %.3f ms  "
                            + "%.0f queries/s on one thread  %,d bytes allocated per query  %.3f ms CPU per query%n",
                    queries.size(), rounds, at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99),
                    wall / 1e6 / nanos.length, nanos.length / (wall / 1e9), bytes / nanos.length,
                    cpu / 1e6 / nanos.length);
        }
        return 0;
    }

    /** The non-blank lines of {@code queryFile}; none is said on stderr. */
    private static List<String> queries(Path queryFile) throws IOException {
        List<String> queries = Files.readAllLines(queryFile, StandardCharsets.UTF_8).stream()
                .filter(q -> !q.isBlank()).toList();
        if (queries.isEmpty()) {
            System.err.println("bench: no queries in " + queryFile);
        }
        return queries;
    }

    /**
     * The cost of recording insights. Analytics off and on alternate query by query in one process
     * (off then on, then on then off, …): a machine shared with other work drifts in seconds, and
     * the order cancels what the first of two runs of a query leaves warm for the second. "On" is
     * what a search costs the service with recording: the computed answer, then the event's
     * rate-limit token, normalisation and count (the file is written by the background flush, as in
     * serve). The recording alone is also timed, apart from the noise of the searches.
     */
    static int compareAnalytics(Path index, Path queryFile, boolean semantic, int rounds, List<List<String>> synonyms)
            throws IOException {
        List<String> queries = queries(queryFile);
        if (queries.isEmpty()) {
            return 2;
        }
        ThreadMeter meter = new ThreadMeter();
        Path dir = Files.createTempDirectory("bench-insights");
        Settings unlimited = new Settings(true, 90, 3, Settings.DEFAULTS.maxQueriesPerDay(), Integer.MAX_VALUE / 20);
        try (Searcher searcher = Searcher.open(index, 60_000, 0, semantic);
                Insights insights = Insights.open(dir.resolve(Insights.FILE), unlimited)) {
            searcher.synonyms(Synonyms.of(synonyms));
            long[] nanos = new long[3];
            long[] cpu = new long[3];
            long[] bytes = new long[3];
            for (int r = -1; r < rounds; r++) {
                if (r == 0) {
                    Arrays.fill(nanos, 0);
                    Arrays.fill(cpu, 0);
                    Arrays.fill(bytes, 0);
                }
                for (int i = 0; i < queries.size(); i++) {
                    boolean onFirst = (i + r) % 2 != 0;
                    one(searcher, queries.get(i), onFirst ? insights : null, new long[][] {nanos, cpu, bytes}, meter);
                    one(searcher, queries.get(i), onFirst ? null : insights, new long[][] {nanos, cpu, bytes}, meter);
                }
            }
            long n = (long) queries.size() * rounds;
            System.out.printf(Locale.ROOT, "%d queries x %d rounds, off and on alternated query by query (after a "
                    + "warm-up round); synonyms: %d groups; semantic %s%n", queries.size(), rounds, synonyms.size(),
                    semantic ? "on" : "off");
            for (int mode = 0; mode < 2; mode++) {
                System.out.printf(Locale.ROOT, "analytics %-3s: mean %.3f ms wall, %.3f ms CPU, %,d bytes allocated per query%n",
                        mode == 0 ? "off" : "on", nanos[mode] / 1e6 / n, cpu[mode] / 1e6 / n, bytes[mode] / n);
            }
            System.out.printf(Locale.ROOT, "on vs off: %+.1f %% wall, %+.1f %% CPU, %+,d bytes per query; the recording "
                    + "alone: %.1f us CPU and %,d bytes per query; %d searches counted%n",
                    (nanos[1] - nanos[0]) * 100.0 / nanos[0], (cpu[1] - cpu[0]) * 100.0 / cpu[0],
                    (bytes[1] - bytes[0]) / n, cpu[2] / 1e3 / n, bytes[2] / n, insights.report(1).searches());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
        return 0;
    }

    /**
     * One search, counted under off [0] or on [1] in {@code sums} (wall nanos, CPU nanos, bytes); with
     * {@code insights}, recorded as POST /events does, the recording also counted apart [2]. CPU time
     * is the thread's own: on a machine shared with other work, wall time also holds the waits for a core.
     */
    private static void one(Searcher searcher, String q, Insights insights, long[][] sums,
            ThreadMeter meter) throws IOException {
        int mode = insights == null ? 0 : 1;
        long b = meter.bytes();
        long c = meter.cpu();
        long t = System.nanoTime();
        SearchResult r = searcher.search(SearchRequest.of(q));
        long[] mid = {System.nanoTime(), meter.cpu(), meter.bytes()};
        if (insights != null && insights.admit()) {
            insights.search(q, r.total());
        }
        long[] end = {System.nanoTime(), meter.cpu(), meter.bytes()};
        long[] start = {t, c, b};
        for (int k = 0; k < 3; k++) {
            sums[k][mode] += end[k] - start[k];
            if (insights != null) {
                sums[k][2] += end[k] - mid[k];
            }
        }
    }

    private static long round(Searcher searcher, List<String> queries, long[] nanos) throws IOException {
        long hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long t = System.nanoTime();
            SearchResult r = searcher.search(SearchRequest.of(queries.get(i)));
            nanos[i] = System.nanoTime() - t;
            hits += r.hits().size();
        }
        return hits;
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }
}
