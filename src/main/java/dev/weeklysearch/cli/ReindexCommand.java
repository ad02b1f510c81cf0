package dev.weeklysearch.cli;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.PageSelectors;
import dev.weeklysearch.index.IndexBusyException;
import dev.weeklysearch.index.Indexer;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.index.ReindexSummary;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.CrawlSource;
import dev.weeklysearch.source.PostSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Read the sources, extract entries and update the index (only changed posts, unless --full).")
final class ReindexCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${sys:weeklysearch.home:-.}/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--full", description = "Rebuild from scratch instead of skipping unchanged posts.")
    boolean full;

    @Mixin
    SemanticOption semantic;

    @Override
    public Integer call() {
        return run(sources, index, full, semantic.enabled(sources.config), System.out, System.err);
    }

    /** Runs a reindex and prints its summary; shared with {@code serve}, which reindexes an empty index. */
    static int run(SourceOptions sources, Path index, boolean full, boolean semantic, PrintStream out, PrintStream err) {
        return reindex(sources, index, full, semantic, Progress.forTerminal(0), out, err).code();
    }

    /**
     * What a reindex ended with.
     *
     * @param code    the exit code: 0 done, 1 failed or a source failed, 3 index busy
     * @param summary one line: the counts, or why it failed
     */
    record Result(int code, String summary) {
    }

    /** Runs a reindex, prints its summary and says how it ended; {@code serve}'s refreshes draw no progress bar. */
    static Result reindex(SourceOptions sources, Path index, boolean full, boolean semantic, ProgressListener progress,
            PrintStream out, PrintStream err) {
        try {
            List<PostSource> resolved = sources.resolve();
            Extractor extractor = new Extractor(Extractor.DEFAULT_BASE_URL, PageSelectors.defaults(), sources::weekly);
            ReindexSummary s = new Indexer(index, extractor, semantic ? Embeddings.forIndex(index) : null).reindex(resolved, full, progress);
            Progress.end(progress);
            print(s, index, out);
            List<String> failedSources = new ArrayList<>();
            for (PostSource source : resolved) {
                if (source instanceof CrawlSource crawl) {
                    out.println("crawl " + source.describe() + ": " + crawl.stats().summary());
                }
                s.failures().stream().filter(f -> f.location().equals(source.describe()))
                        .forEach(f -> failedSources.add(f.location() + ": " + f.reason()));
            }
            String counts = String.format(Locale.ROOT, "posts seen %d, changed %d, unchanged %d, removed %d, skipped %d, failures %d",
                    s.postsSeen(), s.changed(), s.unchanged(), s.removed(), s.skippedCount(), s.failures().size());
            return s.complete() ? new Result(0, counts)
                    : new Result(1, "a source failed, nothing was deleted: " + String.join("; ", failedSources) + " (" + counts + ")");
        } catch (IndexBusyException e) {
            Progress.end(progress);
            err.println("reindex: " + e.getMessage());
            return new Result(3, e.getMessage());
        } catch (IOException | RuntimeException e) {
            Progress.end(progress);
            err.println("reindex failed, the previous index is unchanged: " + e.getMessage());
            return new Result(1, "reindex failed, the previous index is unchanged: " + e.getMessage());
        }
    }

    static void print(ReindexSummary s, Path index, PrintStream out) {
        out.printf(Locale.ROOT, "index %s: posts seen %d, changed %d, unchanged %d, removed %d, skipped %d%s%n", index,
                s.postsSeen(), s.changed(), s.unchanged(), s.removed(), s.skippedCount(),
                s.skipped().isEmpty() ? "" : " " + s.skipped());
        out.printf(Locale.ROOT, "entries written by type: %s%n", s.entriesWritten());
        out.printf(Locale.ROOT, "entries in index by type: %s (total %d)%n", s.entriesInIndex(),
                s.entriesInIndex().values().stream().mapToInt(Integer::intValue).sum());
        out.printf(Locale.ROOT, "failures: %d%s%n", s.failures().size(), s.complete() ? "" : " (a source failed: nothing deleted)");
        for (ReindexSummary.Failure f : s.failures()) {
            out.printf(Locale.ROOT, "  %s: %s%n", f.location(), f.reason());
        }
        out.printf(Locale.ROOT, "wall time: %.2f s%n", s.wallTime().toMillis() / 1000.0);
    }
}
