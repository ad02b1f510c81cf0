package dev.weeklysearch.cli;

import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.http.App;
import dev.weeklysearch.http.Refresher;
import dev.weeklysearch.http.ServiceConfig;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search API and the search box; indexes the sources first when the index is empty, "
                + "and reindexes from --source when one is given.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${sys:weeklysearch.home:-.}/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "${sys:weeklysearch.home:-.}/web", description = "Search box folder (default: ${DEFAULT-VALUE}).")
    Path web;

    @Option(names = "--result-cache", paramLabel = "N", defaultValue = "" + Searcher.DEFAULT_RESULT_CACHE,
            description = "Answers kept per index commit for repeated requests; 0 keeps none (default: ${DEFAULT-VALUE}).")
    int resultCache;

    @Mixin
    SemanticOption semantic;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Origin allowed to embed the box; repeatable (default: the config file's).")
    List<String> cors = new ArrayList<>();

    @Option(names = "--refresh", paramLabel = "DURATION", converter = Durations.class,
            description = "Reindex the sources in the background this often (30m, 1h, 0 = off; default: the config "
                    + "file's refresh:, else 1h for web sources and 5m for folders).")
    Duration refresh;

    /** Where the admin token is read from: the environment (a test hands in its own). */
    Function<String, String> environment = System::getenv;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Running running = start(System.out, System.err);
        if (running == null) {
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * Brings the index up to date, then serves it. Sources given on the command line are read
     * even over an existing index (an incremental reindex: their posts replace the index's); the
     * config file's sources only fill an empty index. Returns null, having said why, when there is
     * no index to serve.
     */
    Running start(PrintStream out, PrintStream err) throws IOException {
        boolean withVectors = semantic.enabled(sources.config);
        boolean explicit = !sources.sources.isEmpty();
        Config config = Config.load(sources.config);
        List<String> specs = explicit ? sources.sources : config.sources();
        Duration interval = ServeRefresh.interval(refresh, config, specs);
        // Several sources (the feed, then the sitemap): a first start serves once the first is read,
        // and the others follow at once in a background refresh.
        boolean firstOnly = !explicit && !Searcher.hasIndex(index) && specs.size() > 1 && !interval.isZero();
        if (explicit || !Searcher.hasIndex(index)) {
            out.println(Searcher.hasIndex(index) ? "reindexing " + index + " from " + String.join(", ", sources.sources)
                    : "index " + index + " is empty: indexing the sources first"
                            + (firstOnly ? " (" + specs.get(0) + " now, the others in the background once serving)" : ""));
            boolean existed = Files.exists(index);
            int code = ReindexCommand.run(firstOnly ? sources.only(specs.get(0)) : sources, index, false, withVectors, out, err);
            if (!Searcher.hasIndex(index)) {
                if (!existed) {
                    removeIfEmpty(index);
                }
                err.println("serve: no index could be built in " + index + ": " + (code == 0 ? "the sources hold no posts"
                        : "the sources could not be read (offline? a folder of posts works too: --source DIR)")
                        + "; nothing to serve");
                return null;
            }
            if (code != 0) {
                err.println("serve: the reindex did not complete; serving the index as it was before it");
            }
        }
        List<String> origins = cors.isEmpty() ? config.corsOrigins() : cors;
        Searcher searcher = Searcher.open(index, 1000, resultCache, withVectors);
        // The refresh's job reads weekly-search.yml again each time and hands the new synonyms to the searcher.
        ServeRefresh job = new ServeRefresh(sources, index, withVectors, searcher, out, err)
                .onConfig(c -> applySynonyms(searcher, c, err));
        Refresher refresher = new Refresher(job, interval);
        Insights insights = Insights.off();
        try {
            searcher.synonyms(Synonyms.of(config.synonyms()));
            searcher.warm();
            insights = insights(index, config, err);
            Javalin app = App.create(searcher, new ServiceConfig(Files.isDirectory(web) ? web : null, origins,
                    environment.apply(ServiceConfig.ADMIN_TOKEN_VARIABLE)), insights, refresher);
            app.start(host, port);
            refresher.start(firstOnly ? Duration.ZERO : interval);
            out.println("serving http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port() + "/"
                    + (Files.isDirectory(web) ? "" : "  (no search box: " + web + " is missing)")
                    + "; refreshing the index " + (interval.isZero() ? "only on POST /admin/reindex" : "every " + human(interval)));
            return new Running(app, searcher, insights, err, refresher);
        } catch (IOException | RuntimeException e) {
            refresher.close();
            insights.close();
            searcher.close();
            throw e;
        }
    }

    /** The search insights beside the index; a file that cannot be opened turns them off, not the service. */
    private static Insights insights(Path index, Config config, PrintStream err) {
        try {
            return Insights.open(Insights.besideIndex(index), config.analytics());
        } catch (IOException e) {
            err.println("serve: search insights are off: " + e.getMessage());
            return Insights.off();
        }
    }

    /** An empty folder left by a failed first reindex would look like an index to the next reader of the folder. */
    private static void removeIfEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            if (files.findAny().isEmpty()) {
                Files.delete(dir);
            }
        } catch (NoSuchFileException e) {
            // Never created: nothing to remove.
        }
    }

    /** A config whose synonyms do not parse keeps the synonyms in force, and says why. */
    private static void applySynonyms(Searcher searcher, Config config, PrintStream err) {
        try {
            searcher.synonyms(Synonyms.of(config.synonyms()));
        } catch (IllegalArgumentException | IOException e) {
            err.println("serve: keeping the previous synonyms: " + e.getMessage());
        }
    }

    private static String human(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT);
    }

    /** A running service: its port, and a close that stops it and releases the index. */
    record Running(Javalin app, Searcher searcher, Insights insights, PrintStream err, Refresher refresher)
            implements AutoCloseable {
        int port() {
            return app.port();
        }

        @Override
        public void close() {
            app.stop();
            refresher.close();
            try {
                insights.close();
            } catch (IOException e) {
                err.println("serve: closing the insights database: " + e.getMessage());
            }
            try {
                searcher.close();
            } catch (IOException e) {
                err.println("serve: closing the index: " + e.getMessage());
            }
        }
    }
}
