package dev.weeklysearch.cli;

import dev.weeklysearch.http.Refresher;
import dev.weeklysearch.index.ProgressListener;
import dev.weeklysearch.search.Searcher;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@code serve}'s refresh: an incremental reindex of its sources, as {@code reindex} runs it, with
 * {@code weekly-search.yml} read again first (its sources, filters and weekly rule; listeners get the
 * new config too), then the searcher is told to pick up the new commit at once.
 */
final class ServeRefresh implements Refresher.Job {
    /** Web sources: a polite crawl each hour, and a no-change recrawl costs a few requests. */
    static final Duration WEB_DEFAULT = Duration.ofHours(1);
    /** Folders only: reading and hashing a few hundred local files is cheap, and needs no politeness. */
    static final Duration FOLDER_DEFAULT = Duration.ofMinutes(5);

    private final SourceOptions sources;
    private final Path index;
    private final boolean semantic;
    private final Searcher searcher;
    private final PrintStream out;
    private final PrintStream err;
    private final List<Consumer<Config>> listeners = new CopyOnWriteArrayList<>();

    ServeRefresh(SourceOptions sources, Path index, boolean semantic, Searcher searcher, PrintStream out, PrintStream err) {
        this.sources = sources;
        this.index = index;
        this.semantic = semantic;
        this.searcher = searcher;
        this.out = out;
        this.err = err;
    }

    /** Called with the config as read again at the start of every refresh (e.g. to apply new synonyms). */
    ServeRefresh onConfig(Consumer<Config> listener) {
        listeners.add(listener);
        return this;
    }

    @Override
    public Refresher.Outcome run() {
        Config config = Config.load(sources.config);
        listeners.forEach(l -> l.accept(config));
        ReindexCommand.Result r = ReindexCommand.reindex(sources, index, false, semantic, ProgressListener.NONE, out, err);
        searcher.refresh();
        // A reindex leaves its garbage (parsed pages, analysis, the old commit's answer cache) in the old
        // generation, which the serial collector would rather grow than collect: RSS then climbs by tens of
        // MB per refresh up to the heap cap (measured under bench/hostile.sh). One full collection per
        // refresh, at most hourly by default, keeps the heap at its live size.
        System.gc();
        out.println("refresh: " + (r.code() == 0 ? "done" : "failed, still serving the previous index") + ": " + r.summary());
        return new Refresher.Outcome(r.code() == 0, r.summary());
    }

    /**
     * The refresh interval: {@code --refresh}, else the config's {@code refresh:}, else one hour
     * when a source is on the web and five minutes for folders only.
     */
    static Duration interval(Duration option, Config config, List<String> specs) {
        if (option != null) {
            return option;
        }
        if (config.refresh() != null) {
            return Durations.parse(config.refresh());
        }
        boolean web = specs.stream().anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).startsWith("http"));
        return web ? WEB_DEFAULT : FOLDER_DEFAULT;
    }
}
