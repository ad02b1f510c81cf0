package dev.weeklysearch.http;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.insights.Settings;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test helper: the real service on port 0 over an index of the fixture posts (the shared ones plus the browser
 * tests' own in {@code web/posts}), serving {@code web/} and the host pages of {@code web/host} under
 * {@code /host/}. Post URLs point back at the service, so opening a hit stays local.
 */
final class BrowserSite implements AutoCloseable {
    final String base;
    private final Path dir;
    private final Searcher searcher;
    private final Javalin app;
    final Insights insights;

    private BrowserSite(String base, Path dir, Searcher searcher, Javalin app, Insights insights) {
        this.base = base;
        this.dir = dir;
        this.searcher = searcher;
        this.app = app;
        this.insights = insights;
    }

    static BrowserSite start() throws IOException {
        return start(null);
    }

    /** With {@code adminToken} non-null, insights are recorded (every query listed: minCount 1) and the admin pages open. */
    static BrowserSite start(String adminToken) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://127.0.0.1:" + port;
        Path dir = Files.createTempDirectory("searchbox-site");
        Path posts = FixtureIndex.copyPosts(dir.resolve("posts"));
        copy(resource("/web/posts"), posts);
        FixtureIndex.build(posts, dir.resolve("index"), base + "/blog/");
        Path site = dir.resolve("site");
        copy(Path.of("web"), site);
        copy(resource("/web/host"), site.resolve("host"));
        Searcher searcher = Searcher.open(dir.resolve("index"));
        Insights insights = adminToken == null ? Insights.off()
                : Insights.open(dir.resolve(Insights.FILE), new Settings(true, 90, 1, 2000, 50));
        Javalin app = App.create(searcher, new ServiceConfig(site, List.of(), adminToken), insights)
                .start("127.0.0.1", port);
        return new BrowserSite(base, dir, searcher, app, insights);
    }

    /** The owner's synonyms from now on, as a refresh of the configuration applies them. */
    void synonyms(dev.weeklysearch.analysis.Synonyms synonyms) throws IOException {
        searcher.synonyms(synonyms);
    }

    /** A host page of {@code web/host}, e.g. {@code header.html}. */
    String host(String page) {
        return base + "/host/" + page;
    }

    private static Path resource(String name) {
        try {
            return Path.of(BrowserSite.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
    }

    @Override
    public void close() throws IOException {
        app.stop();
        insights.close();
        searcher.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
