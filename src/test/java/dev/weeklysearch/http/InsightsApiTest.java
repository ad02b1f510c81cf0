package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.insights.Settings;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events in, insights out, over the real App, a fixture index and a real SQLite file. */
class InsightsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "owner-token-for-insights";
    /** No fixture post has these words, nor the English-Chinese bridge (it knows "distributed transaction"); 分布式事务 is in two posts. */
    private static final String MISSING = "dist txn";

    @TempDir
    static Path tmp;
    static Searcher searcher;
    @TempDir
    Path run;
    Path file;
    Insights insights;
    Javalin app;

    @BeforeAll
    static void index() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        searcher = Searcher.open(index, 100, 64);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        searcher.close();
    }

    @BeforeEach
    void start() throws Exception {
        file = run.resolve(Insights.FILE);
        insights = Insights.open(file, Settings.DEFAULTS);
        app = App.create(searcher, new ServiceConfig(null, List.of(), TOKEN), insights).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws Exception {
        app.stop();
        insights.close();
        searcher.synonyms(Synonyms.NONE);
    }

    private HttpResponse<String> event(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/events"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "text/plain;charset=UTF-8");
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> event(String body) throws Exception {
        return event(body, Map.of());
    }

    private void search(String q) throws Exception {
        assertThat(event(JSON.writeValueAsString(Map.of("kind", "search", "q", q))).statusCode()).isEqualTo(204);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode insights(int days) throws Exception {
        HttpResponse<String> r = get("/admin/api/insights?days=" + days, TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private long total(String q) throws Exception {
        HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), null);
        return JSON.readTree(r.body()).path("total").asLong();
    }

    private static List<String> queries(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("query").asText() + "=" + n.path("count").asLong()));
        return out;
    }

    @Test
    void zeroResultQueriesAreListedAndASynonymThenAnswersThem() throws Exception {
        assertThat(total(MISSING)).isZero();
        for (int i = 0; i < 3; i++) {
            search(MISSING);
            search("MOSN");
        }
        // The reader's count is not trusted: the server looks the query up itself.
        event("{\"kind\":\"search\",\"q\":\"Dist  Txn\",\"total\":99}");
        search("rarely asked zzqxv");
        JsonNode report = insights(7);
        assertThat(report.path("searches").asLong()).isEqualTo(8);
        assertThat(report.path("zeroResultRate").asDouble()).isEqualTo(5 / 8.0);
        assertThat(queries(report.path("zeroResultQueries"))).containsExactly(MISSING + "=4");
        assertThat(queries(report.path("topQueries"))).containsExactly(MISSING + "=4", "mosn=3");
        assertThat(report.path("searchesPerDay")).hasSize(7);
        assertThat(report.path("zeroResultFollowups").get(0).path("totalNow").asLong()).isZero();

        searcher.synonyms(Synonyms.of(List.of(List.of("分布式事务", MISSING))));
        assertThat(total(MISSING)).isPositive();
        assertThat(insights(7).path("zeroResultFollowups").get(0).path("totalNow").asLong()).isPositive();
        assertThat(get("/admin/insights?days=7", TOKEN).body()).contains("now finds");
    }

    @Test
    void clicksAreCountedByPositionAndType() throws Exception {
        search("MOSN");
        assertThat(event("{\"kind\":\"click\",\"q\":\"MOSN\",\"position\":2,\"type\":\"release\"}").statusCode())
                .isEqualTo(204);
        JsonNode report = insights(1);
        assertThat(report.path("clickPositions").toString()).isEqualTo("[{\"position\":2,\"count\":1}]");
        assertThat(report.path("clickThroughRate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void theFileHoldsNoAddressAndNoUserAgent() throws Exception {
        String agent = "Mozilla/5.0 (TestReader-7f3a)";
        String address = "203.0.113.77";
        Map<String, String> headers = Map.of("User-Agent", agent, "X-Forwarded-For", address,
                "Cookie", "reader=cookie-9d2e", "Referer", "https://blog.example.org/private-page-5c1b");
        for (int i = 0; i < 3; i++) {
            event("{\"kind\":\"search\",\"q\":\"mosn write to me at a.reader@example.org\"}", headers);
            event("{\"kind\":\"click\",\"q\":\"mosn\",\"position\":1,\"type\":\"qa\"}", headers);
        }
        app.stop();
        insights.close();
        byte[] all = bytes(file, run.resolve(Insights.FILE + "-wal"));
        String text = new String(all, StandardCharsets.ISO_8859_1);
        for (String secret : List.of(agent, "TestReader", address, "127.0.0.1", "cookie-9d2e", "private-page",
                "a.reader@example.org", "example.org")) {
            assertThat(text).as("the file holds %s", secret).doesNotContain(secret);
        }
        assertThat(text).contains("mosn write to me at <email>");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(columns(c, "searches")).containsExactly("day", "query", "bucket", "count");
            assertThat(columns(c, "clicks")).containsExactly("day", "position", "type", "count");
        }
        insights = Insights.open(file, Settings.DEFAULTS);
        app = App.create(searcher, new ServiceConfig(null, List.of(), TOKEN), insights).start("127.0.0.1", 0);
        assertThat(insights(1).path("searches").asLong()).as("counts survive the restart").isEqualTo(3);
    }

    private static byte[] bytes(Path... files) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Path f : files) {
            if (Files.exists(f)) {
                out.write(Files.readAllBytes(f));
            }
        }
        return out.toByteArray();
    }

    private static List<String> columns(Connection c, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = c.createStatement().executeQuery("PRAGMA table_info(" + table + ")")) {
            while (r.next()) {
                out.add(r.getString("name"));
            }
        }
        return out;
    }

    @Test
    void eventsRejectOversizedAndMalformedBodiesWithAJson400() throws Exception {
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"kind\":\"search\",\"q\":\"" + "m".repeat(3000) + "\"}", "body_too_large");
        bad.put("not json", "bad_event");
        bad.put("{\"kind\":\"search\"", "bad_event");
        bad.put("[1,2]", "bad_event");
        bad.put("", "bad_event");
        bad.put("{\"kind\":\"search\"}", "bad_event");
        bad.put("{\"kind\":\"search\",\"q\":\"  \"}", "bad_event");
        bad.put("{\"kind\":\"view\",\"q\":\"mosn\"}", "bad_event");
        bad.put("{\"kind\":\"click\",\"q\":\"mosn\",\"position\":0,\"type\":\"qa\"}", "bad_event");
        bad.put("{\"kind\":\"click\",\"q\":\"mosn\",\"position\":1.5,\"type\":\"qa\"}", "bad_event");
        bad.put("{\"kind\":\"click\",\"q\":\"mosn\",\"position\":2,\"type\":\"<script>\"}", "bad_event");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            HttpResponse<String> r = event(e.getKey());
            assertThat(r.statusCode()).as(e.getKey()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(JSON.readTree(r.body()).path("message").asText()).isNotBlank();
        }
        assertThat(insights(1).path("searches").asLong()).isZero();
    }

    @Test
    void aFloodIsRefusedWith429AndNeverA5xx() throws Exception {
        app.stop();
        insights.close();
        insights = Insights.open(file, new Settings(true, 90, 1, 2000, 1));
        app = App.create(searcher, new ServiceConfig(null, List.of(), TOKEN), insights).start("127.0.0.1", 0);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 40; i++) {
            int status = event("{\"kind\":\"search\",\"q\":\"flood " + i + "\"}").statusCode();
            accepted += status == 204 ? 1 : 0;
            refused += status == 429 ? 1 : 0;
        }
        assertThat(accepted + refused).isEqualTo(40);
        assertThat(accepted).isBetween(10, 14);
        assertThat(insights(90).path("searches").asLong()).isEqualTo(accepted);
    }

    @Test
    void theAdminRulesHold() throws Exception {
        for (String path : List.of("/admin/insights", "/admin/api/insights", "/admin/api/insights.csv")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "wrong").statusCode()).as(path).isEqualTo(401);
            assertThat(JSON.readTree(get(path, null).body()).path("error").asText()).isEqualTo("unauthorized");
        }
        Javalin none = App.create(searcher, new ServiceConfig(null, List.of()), insights).start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + none.port()
                    + "/admin/api/insights")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            // Nor is the token page there: no token would open anything.
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + none.port()
                    + "/insights")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(404);
            assertThat(JSON.readTree(page.body()).path("error").asText()).isEqualTo("not_found");
        } finally {
            none.stop();
        }
        assertThat(get("/admin/api/insights?days=0", TOKEN).statusCode()).isEqualTo(400);
        assertThat(get("/admin/api/insights?days=abc", TOKEN).statusCode()).isEqualTo(400);
        assertThat(get("/admin/api/insights?days=91", TOKEN).statusCode()).isEqualTo(400);
        // The token page holds no data.
        assertThat(get("/insights", null).body()).contains("sessionStorage").doesNotContain(TOKEN);
    }

    @Test
    void thePageDrawsItsChartsAndOffersACsv() throws Exception {
        for (int i = 0; i < 3; i++) {
            search(MISSING);
            search("MOSN");
            search("seata");
        }
        event("{\"kind\":\"click\",\"q\":\"MOSN\",\"position\":1,\"type\":\"release\"}");
        event("{\"kind\":\"click\",\"q\":\"MOSN\",\"position\":3,\"type\":\"qa\"}");
        HttpResponse<String> r = get("/admin/insights?days=14", TOKEN);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("svg.chart")).hasSize(4);
        assertThat(page.select("svg.chart").eachAttr("role")).containsOnly("img");
        assertThat(page.select("svg.chart > title").eachText()).containsExactly("Searches per day", "Top queries",
                "Queries that found nothing", "Clicks by position");
        assertThat(page.select("svg.chart").get(0).select("rect")).hasSize(14);
        assertThat(page.select("svg.chart").get(1).select("text").eachText()).contains(MISSING, "mosn", "seata");
        assertThat(page.select("svg.chart").get(2).select("text").eachText()).contains(MISSING);
        assertThat(page.select("svg.chart").get(3).select("rect")).as("positions 1 to 3, 2 unclicked").hasSize(3);
        assertThat(page.select("table td").eachText()).contains(MISSING, "still nothing");
        assertThat(page.select("script")).isEmpty();

        HttpResponse<String> csv = get("/admin/api/insights.csv?days=14", TOKEN);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("section,key,count\r\n")
                .contains("top_query,\"mosn\",3\r\n", "zero_result_query,\"" + MISSING + "\",3\r\n",
                        "click_position,\"3\",1\r\n");
    }
}
