package dev.weeklysearch.cli;

import dev.weeklysearch.http.App;
import dev.weeklysearch.http.ServiceConfig;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the search API and the search box; indexes the sources first when the index is empty.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SourceOptions sources;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--web", paramLabel = "DIR", defaultValue = "web", description = "Search box folder (default: ${DEFAULT-VALUE}).")
    Path web;

    @Option(names = "--result-cache", paramLabel = "N", defaultValue = "" + Searcher.DEFAULT_RESULT_CACHE,
            description = "Answers kept per index commit for repeated requests; 0 keeps none (default: ${DEFAULT-VALUE}).")
    int resultCache;

    @Mixin
    SemanticOption semantic;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Origin allowed to embed the box; repeatable (default: the config file's).")
    List<String> cors = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InterruptedException {
        boolean withVectors = semantic.enabled(sources.config);
        if (!Searcher.hasIndex(index)) {
            System.out.println("index " + index + " is empty: indexing the sources first");
            int code = ReindexCommand.run(sources, index, false, withVectors, System.out, System.err);
            if (!Searcher.hasIndex(index)) {
                System.err.println("serve: no index could be built in " + index);
                return code == 0 ? 1 : code;
            }
        }
        List<String> origins = cors.isEmpty() ? Config.load(sources.config).corsOrigins() : cors;
        Searcher searcher = Searcher.open(index, 1000, resultCache, withVectors);
        searcher.warm();
        Javalin app = App.create(searcher, new ServiceConfig(Files.isDirectory(web) ? web : null, origins));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            try {
                searcher.close();
            } catch (IOException e) {
                System.err.println("serve: closing the index: " + e.getMessage());
            }
            stopped.countDown();
        }));
        app.start(host, port);
        System.out.println("serving http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + app.port() + "/"
                + (Files.isDirectory(web) ? "" : "  (no search box: " + web + " is missing)"));
        stopped.await();
        return 0;
    }
}
