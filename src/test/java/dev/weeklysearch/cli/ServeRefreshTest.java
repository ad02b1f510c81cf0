package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.http.ServiceConfig;
import dev.weeklysearch.source.SiteServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code serve} keeps itself fresh from a loopback site shaped like the live one, read by the shipped
 * sources: a post published while it serves is found after {@code POST /admin/reindex} and, without a
 * call, after one refresh interval; a refresh that fails keeps the previous index serving.
 */
class ServeRefreshTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "the-deploy-pipelines-token";
    private static final String NEW_POST = """
            **SOFA WEEKLY | 每周精选**

            ### 每周读者问答提炼

            **1、@郑十** 提问：

            > Koupleless 的模块在夹具站点里能单独卸载吗？

            A：能，卸载模块不影响基座和其它模块。
            """;

    @TempDir
    Path tmp;

    private SiteServer site;
    private Path config;
    private ServeCommand.Running running;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void startSite() throws Exception {
        site = SiteServer.startLive(Path.of(ServeRefreshTest.class.getResource("/live-site").toURI()));
        String shipped = Files.readString(Path.of("weekly-search.yml"), StandardCharsets.UTF_8);
        config = tmp.resolve("weekly-search.yml");
        Files.writeString(config, shipped.replace("https://www.sofastack.tech/", site.url("/").toString()), StandardCharsets.UTF_8);
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
        site.close();
    }

    private void serve(String refresh) throws IOException {
        Home.init();
        ServeCommand command = new ServeCommand();
        command.environment = Map.of(ServiceConfig.ADMIN_TOKEN_VARIABLE, TOKEN)::get;
        new CommandLine(command).parseArgs("--config", config.toString(), "--index", tmp.resolve("index").toString(),
                "--port", "0", "--crawl-delay", "0", "--no-semantic", "--refresh", refresh);
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        running = command.start(print, print);
        assertThat(running).as(out.toString(StandardCharsets.UTF_8)).isNotNull();
    }

    private HttpResponse<String> send(String method, String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + running.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int total(String query) throws Exception {
        return JSON.readTree(send("GET", "/search?q=" + query, null).body()).path("total").asInt();
    }

    /** Milliseconds until the query finds something, or fails the test after {@code seconds}. */
    private long awaitFound(String query, int seconds) throws Exception {
        long start = System.nanoTime();
        while (total(query) == 0) {
            assertThat(System.nanoTime() - start).as(out.toString(StandardCharsets.UTF_8))
                    .isLessThan(TimeUnit.SECONDS.toNanos(seconds));
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private JsonNode awaitRefreshes(int ended) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            JsonNode refresh = JSON.readTree(send("GET", "/health", null).body()).path("refresh");
            String metrics = send("GET", "/metrics", null).body();
            long ok = count(metrics, "ok");
            long failed = count(metrics, "failed");
            if (ok + failed >= ended && !refresh.path("running").asBoolean()) {
                return refresh;
            }
            assertThat(System.nanoTime()).as(out.toString(StandardCharsets.UTF_8)).isLessThan(end);
            Thread.sleep(100);
        }
    }

    private static long count(String metrics, String outcome) {
        String key = "weeklysearch_refreshes_total{outcome=\"" + outcome + "\"} ";
        return metrics.lines().filter(l -> l.startsWith(key))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(key.length()))).sum();
    }

    @Test
    void aPostPublishedWhileServingIsFoundAfterTheDeployWebhook() throws Exception {
        serve("0");
        assertThat(total("SOFAJRaft")).isPositive();
        site.add("sofa-weekly-20990410", "SOFA Weekly | 四月第二期", List.of("SOFA Weekly"), NEW_POST);
        assertThat(total("Koupleless")).isZero();

        HttpResponse<String> r = send("POST", "/admin/reindex", TOKEN);
        assertThat(r.statusCode()).isEqualTo(202);
        long millis = awaitFound("Koupleless", 30);
        System.out.printf("a post published on the site was searchable %d ms after POST /admin/reindex%n", millis);

        JsonNode refresh = awaitRefreshes(1);
        assertThat(refresh.path("lastRefresh").path("ok").asBoolean()).as(refresh.toString()).isTrue();
        assertThat(total("Layotto")).as("a weekly post tagged only SOFAStack, from the sitemap").isPositive();
        assertThat(send("POST", "/admin/reindex", null).statusCode()).isEqualTo(401);
    }

    @Test
    void withoutACallTheScheduleFindsAPostWithinOneInterval() throws Exception {
        serve("2s");
        // A first start with several sources serves once the first (the feed) is read; the sitemap's
        // posts (tagged only SOFAStack) come with the refresh that follows at once.
        assertThat(total("Layotto")).isZero();
        awaitRefreshes(1);
        assertThat(total("Layotto")).isPositive();
        site.add("sofa-weekly-20990417", "SOFA Weekly | 四月第三期", List.of("SOFAStack"), NEW_POST);

        long millis = awaitFound("Koupleless", 15);
        System.out.printf("a post published on the site was searchable %d ms later with --refresh 2s%n", millis);
        assertThat(JSON.readTree(send("GET", "/health", null).body()).path("refresh").path("nextRefresh").asText())
                .isNotEmpty();
    }

    @Test
    void aRefreshThatFailsKeepsServingThePreviousIndex() throws Exception {
        serve("0");
        assertThat(send("POST", "/admin/reindex", TOKEN).statusCode()).isEqualTo(202);
        awaitRefreshes(1);
        int before = total("SOFAJRaft");
        assertThat(before).isPositive();

        site.sitemapBroken(true);
        assertThat(send("POST", "/admin/reindex", TOKEN).statusCode()).isEqualTo(202);
        JsonNode refresh = awaitRefreshes(2);

        assertThat(refresh.path("lastRefresh").path("ok").asBoolean()).as(refresh.toString()).isFalse();
        assertThat(refresh.path("lastError").path("message").asText()).contains("sitemap.xml").contains("HTTP 500");
        assertThat(total("SOFAJRaft")).isEqualTo(before);
        assertThat(total("Layotto")).as("the sitemap's posts are not deleted").isPositive();
        assertThat(count(send("GET", "/metrics", null).body(), "failed")).isEqualTo(1);
    }

    @Test
    void synonymsAddedToTheConfigAnswerFromTheNextRefresh() throws Exception {
        serve("0");
        assertThat(send("POST", "/admin/reindex", TOKEN).statusCode()).isEqualTo(202);
        awaitRefreshes(1);
        assertThat(total("consensusalgo")).isZero();

        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
                + "\nsynonyms:\n  - [\"consensusalgo\", \"SOFAJRaft\"]\n", StandardCharsets.UTF_8);
        assertThat(send("POST", "/admin/reindex", TOKEN).statusCode()).isEqualTo(202);
        awaitRefreshes(2);
        assertThat(total("consensusalgo")).isEqualTo(total("SOFAJRaft")).isPositive();

        // A group that does not parse keeps the synonyms in force.
        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8)
                .replace("[\"consensusalgo\", \"SOFAJRaft\"]", "{bad: group}"), StandardCharsets.UTF_8);
        send("POST", "/admin/reindex", TOKEN);
        awaitRefreshes(3);
        assertThat(total("consensusalgo")).isPositive();
    }
}
