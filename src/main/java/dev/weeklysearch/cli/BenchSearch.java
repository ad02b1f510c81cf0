package dev.weeklysearch.cli;

import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        List<String> queries = Files.readAllLines(queryFile, StandardCharsets.UTF_8).stream()
                .filter(q -> !q.isBlank()).toList();
        if (queries.isEmpty()) {
            System.err.println("bench: no queries in " + queryFile);
            return 2;
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().threadId();
        try (Searcher searcher = Searcher.open(index, 60_000, 0, semantic)) {
            long hits = round(searcher, queries, new long[queries.size()]);
            System.out.printf(Locale.ROOT, "warm-up: %d queries, %d hits in all, semantic %s%n", queries.size(),
                    hits, semantic ? "on" : "off");
            long[] nanos = new long[queries.size() * rounds];
            long bytesBefore = threads.getThreadAllocatedBytes(self);
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
            long bytes = threads.getThreadAllocatedBytes(self) - bytesBefore;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "search: %d queries x %d rounds: p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  mean %.3f ms  "
                            + "%.0f queries/s on one thread  %,d bytes allocated per query%n",
                    queries.size(), rounds, at(nanos, 0.50), at(nanos, 0.90), at(nanos, 0.99),
                    wall / 1e6 / nanos.length, nanos.length / (wall / 1e9), bytes / nanos.length);
        }
        return 0;
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
