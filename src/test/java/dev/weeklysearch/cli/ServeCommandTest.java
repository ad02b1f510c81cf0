package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}: what it indexes before serving, where its default paths live, where it listens. */
class ServeCommandTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private ServeCommand.Running serve(String... args) throws IOException {
        Home.init();
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command.start(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String get(ServeCommand.Running running, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    /** A loopback URL nothing listens on: what a crawl meets without a network. */
    private static String unreachable() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/sitemap.xml";
        }
    }

    @Test
    void offlineTheFirstStartFailsAndLeavesNoIndexBehind() throws Exception {
        Path index = tmp.resolve("index");

        ServeCommand.Running running = serve("--source", unreachable(), "--index", index.toString(),
                "--config", tmp.resolve("none.yml").toString(), "--port", "0", "--crawl-delay", "0");

        assertThat(running).isNull();
        assertThat(Searcher.hasIndex(index)).isFalse();
        assertThat(index).as("no empty index folder either").doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no index could be built").contains("offline?");
        assertThat(Main.run("serve", "--source", unreachable(), "--index", index.toString(),
                "--config", tmp.resolve("none.yml").toString(), "--port", "0", "--crawl-delay", "0")).isNotZero();
        assertThat(Searcher.hasIndex(index)).isFalse();
    }

    @Test
    void anExplicitSourceReindexesAnExistingIndex() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("sofa-weekly-20230106.md"), """
                ---
                title: "SOFA Weekly | 另一个来源"
                date: 2023-01-06T21:00:00+08:00
                ---

                ### 每周读者问答提炼

                **@新同学** 提问：

                > Koupleless 支持模块热部署吗？

                A：支持，模块可以单独安装和卸载。
                """, StandardCharsets.UTF_8);

        try (ServeCommand.Running running = serve("--source", other.toString(), "--index", index.toString(),
                "--config", tmp.resolve("none.yml").toString(), "--port", "0")) {
            assertThat(get(running, "/search?q=Koupleless")).contains("\"total\":1");
            // The fixture posts' entries are gone: no word of theirs matches any more (the semantic
            // side may still offer the one remaining entry as a neighbour).
            String old = get(running, "/search?q=SOFAJRaft");
            assertThat(old).doesNotContain("sofa-weekly-2019", "sofa-weekly-2020", "sofa-weekly-2021")
                    .doesNotContain("\"match\":\"lexical\"", "\"match\":\"both\"");
        }
    }

    @Test
    void anUnreachableExplicitSourceKeepsServingThePreviousIndex() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);

        try (ServeCommand.Running running = serve("--source", unreachable(), "--index", index.toString(),
                "--config", tmp.resolve("none.yml").toString(), "--port", "0", "--crawl-delay", "0")) {
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("serving the index as it was before");
            assertThat(get(running, "/search?q=SOFAJRaft")).doesNotContain("\"total\":0");
        }
    }

    @Test
    void defaultPathsResolveAgainstTheInstallFolderNotTheWorkingDirectory() throws Exception {
        Path home = tmp.resolve("home");
        FixtureIndex.build(FixtureIndex.posts(), home.resolve("index"));
        Files.createDirectories(home.resolve("web"));
        Files.writeString(home.resolve("web/index.html"), "<title>home box</title>", StandardCharsets.UTF_8);
        Files.writeString(home.resolve("weekly-search.yml"), "cors:\n  - https://home.example\n", StandardCharsets.UTF_8);
        String before = System.getProperty(Home.PROPERTY);
        System.setProperty(Home.PROPERTY, home.toString());
        try (ServeCommand.Running running = serve("--port", "0")) {
            assertThat(get(running, "/")).contains("home box");
            assertThat(get(running, "/search?q=SOFAJRaft")).doesNotContain("\"total\":0");
            HttpResponse<String> cors = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port()
                    + "/search?q=mosn")).header("Origin", "https://home.example").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(cors.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://home.example");
        } finally {
            if (before == null) {
                System.clearProperty(Home.PROPERTY);
            } else {
                System.setProperty(Home.PROPERTY, before);
            }
        }
    }

    @Test
    void theInstallFolderIsTheJarsFoldersParent() throws Exception {
        assertThat(Home.of(new URL("file:/opt/weekly-search/target/indexer.jar"))).isEqualTo(Path.of("/opt/weekly-search"));
        assertThat(Home.of(new URL("file:/opt/weekly-search/target/classes/"))).isEqualTo(Path.of("/opt/weekly-search"));
    }

    @Test
    void listensOnLoopbackUnlessToldOtherwise() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);

        try (ServeCommand.Running running = serve("--index", index.toString(), "--port", "0")) {
            try (Stream<ServerConnector> connectors = Stream.of(running.app().jettyServer().server().getConnectors())
                    .map(ServerConnector.class::cast)) {
                assertThat(connectors.map(ServerConnector::getHost)).containsExactly("127.0.0.1");
            }
        }
    }

    @Test
    void insightsLiveBesideTheIndexAndAreAbsentWithAnalyticsOff() throws Exception {
        Path index = tmp.resolve("site").resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        Path off = Files.writeString(tmp.resolve("off.yml"), "analytics: false\n", StandardCharsets.UTF_8);
        try (ServeCommand.Running running = serve("--index", index.toString(), "--config", off.toString(),
                "--port", "0", "--no-semantic")) {
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + "/events"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"search\",\"q\":\"mosn\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
        }
        assertThat(tmp.resolve("site").resolve("insights.db")).doesNotExist();
        try (Stream<Path> files = Files.list(tmp.resolve("site"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index");
        }
        Path on = Files.writeString(tmp.resolve("on.yml"), "synonyms:\n  - [\"分布式事务\", \"distributed transaction\"]\n",
                StandardCharsets.UTF_8);
        try (ServeCommand.Running running = serve("--index", index.toString(), "--config", on.toString(),
                "--port", "0", "--no-semantic")) {
            assertThat(get(running, "/search?q=distributed%20transaction")).as("the config's synonyms apply")
                    .doesNotContain("\"total\":0,");
        }
        assertThat(tmp.resolve("site").resolve("insights.db")).exists();
    }

    @Test
    void anUnreadableInsightsFileTurnsInsightsOffNotTheService() throws Exception {
        Path index = tmp.resolve("site").resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        Files.writeString(tmp.resolve("site").resolve("insights.db"), "not a database, ".repeat(100), StandardCharsets.UTF_8);
        try (ServeCommand.Running running = serve("--index", index.toString(), "--config",
                tmp.resolve("none.yml").toString(), "--port", "0", "--no-semantic")) {
            assertThat(running).isNotNull();
            assertThat(get(running, "/search?q=MOSN")).contains("\"total\":");
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("search insights are off");
    }
}
