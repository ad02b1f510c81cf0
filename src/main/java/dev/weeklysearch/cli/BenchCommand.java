package dev.weeklysearch.cli;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.index.BenchQueries;
import dev.weeklysearch.index.IndexBusyException;
import dev.weeklysearch.index.Indexer;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.index.ReindexSummary;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measurements for bench/*.sh; hidden because they are for developers, not users. Both sides of
 * a comparison run in one JVM so JIT and start-up costs do not skew the ratio.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Developer benchmarks (see bench/README.md).")
final class BenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("bench: give a benchmark, e.g. `bench analysis`");
        return 2;
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "Raw SmartCN tokenizing vs a full in-process index build of the same posts.")
    int analysis(
            @Option(names = "--source", paramLabel = "DIR", defaultValue = "../shared/corpus/sofa-weekly",
                    description = "Folder of Markdown posts (default: ${DEFAULT-VALUE}).") Path dir,
            @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
                    description = "Measured runs (default: ${DEFAULT-VALUE}).")
            int runs) throws IOException, IndexBusyException {
        if (!Files.isDirectory(dir)) {
            System.err.println("bench: no such folder: " + dir);
            return 2;
        }
        if (runs < 1) {
            System.err.println("bench: --runs must be at least 1");
            return 2;
        }
        List<String> texts = readPosts(dir);
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "posts: %d files, %d chars, from %s%n", texts.size(), chars, dir);

        // Warm-up: the first run pays for class loading, the SmartCN dictionaries and the JIT.
        long tokens = tokenize(texts);
        buildIndex(dir);
        System.out.printf(Locale.ROOT, "warm-up done (%d SmartCN tokens per run)%n", tokens);

        long[] raw = new long[runs];
        long[] index = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long n = tokenize(texts);
            raw[i] = System.nanoTime() - start;
            if (n != tokens) {
                throw new IllegalStateException("token count changed between runs: " + n + " vs " + tokens);
            }
            index[i] = buildIndex(dir);
            System.out.printf(Locale.ROOT, "run %d: raw SmartCN %8.1f ms   index build %8.1f ms%n", i + 1,
                    ms(raw[i]), ms(index[i]));
        }
        double rawMedian = median(raw);
        double indexMedian = median(index);
        System.out.printf(Locale.ROOT, "raw SmartCN  median %8.1f ms  throughput %,12.0f chars/s%n", ms(rawMedian),
                chars / (rawMedian / 1e9));
        System.out.printf(Locale.ROOT, "index build  median %8.1f ms  throughput %,12.0f chars/s%n", ms(indexMedian),
                chars / (indexMedian / 1e9));
        System.out.printf(Locale.ROOT, "indexing/raw SmartCN throughput ratio: %.1f %%%n",
                100.0 * rawMedian / indexMedian);
        return 0;
    }

    @Command(name = "queries", mixinStandardHelpOptions = true,
            description = "Writes distinct queries drawn from an index's entries, one a line, UTF-8 (for bench/load.sh).")
    int queries(
            @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
                    description = "Index folder (default: ${DEFAULT-VALUE}).") Path index,
            @Option(names = "--count", paramLabel = "N", defaultValue = "1500",
                    description = "How many queries (default: ${DEFAULT-VALUE}).") int count,
            @Option(names = "--seed", paramLabel = "N", defaultValue = "9",
                    description = "Random seed (default: ${DEFAULT-VALUE}).") long seed,
            @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write them.") Path out)
            throws IOException {
        List<String> queries = BenchQueries.generate(index, count, seed);
        Files.write(out, queries, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d queries written to %s%n", queries.size(), out);
        if (queries.size() < count) {
            System.err.printf(Locale.ROOT, "bench: the index gave only %d distinct queries%n", queries.size());
        }
        return 0;
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Computed answers in process, one thread: time and bytes allocated per query.")
    int search(
            @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
                    description = "Index folder (default: ${DEFAULT-VALUE}).") Path index,
            @Option(names = "--queries", paramLabel = "FILE", required = true,
                    description = "Queries, one a line (e.g. from `bench queries`).") Path queries,
            @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
                    description = "Measured rounds over the file (default: ${DEFAULT-VALUE}).") int rounds,
            @Option(names = "--semantic", description = "Fuse the semantic ranking in (default: lexical only).")
            boolean semantic,
            @Option(names = "--slowest", paramLabel = "N", defaultValue = "0",
                    description = "Also list the N slowest queries of the last round.") int slowest,
            @Option(names = "--analytics", description = "Compare rounds with insights recording on and off, "
                    + "alternated in this process.") boolean analytics,
            @Option(names = "--config", paramLabel = "FILE",
                    description = "With --analytics: a weekly-search.yml whose synonyms apply to both sides.") Path config)
            throws IOException {
        if (rounds < 1) {
            System.err.println("bench: --rounds must be at least 1");
            return 2;
        }
        if (analytics) {
            return BenchSearch.compareAnalytics(index, queries, semantic, rounds,
                    config == null ? List.of() : Config.load(config).synonyms());
        }
        return BenchSearch.run(index, queries, semantic, rounds, slowest);
    }

    /** The post files FolderSource would read, as text. */
    private static List<String> readPosts(Path dir) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                    .sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    /** Consumes every token so nothing is skipped; the count keeps the work observable. */
    private static long tokenize(List<String> texts) throws IOException {
        long count = 0;
        try (Analyzer analyzer = new SmartChineseAnalyzer()) {
            for (String text : texts) {
                try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        count++;
                    }
                    ts.end();
                }
            }
        }
        return count;
    }

    /** Nanoseconds for a full reindex of {@code dir} into a fresh temporary index, deleted afterwards. */
    private static long buildIndex(Path dir) throws IOException, IndexBusyException {
        Path tmp = Files.createTempDirectory("weekly-search-bench-");
        try {
            long start = System.nanoTime();
            ReindexSummary s = new Indexer(tmp, new Extractor())
                    .reindex(List.of(new FolderSource(dir)), true, ProgressListener.NONE);
            long elapsed = System.nanoTime() - start;
            if (!s.failures().isEmpty()) {
                // A build that skips failed posts does less work: say so rather than report a flattering figure.
                System.err.printf(Locale.ROOT, "bench: index build: %d of %d posts failed%n", s.failures().size(),
                        s.postsSeen());
            }
            return elapsed;
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }
}
