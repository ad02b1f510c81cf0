package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real app on port 0 over an index of the fixture posts. */
class AppTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static Path posts;
    static Path index;
    static Searcher searcher;
    static Javalin app;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        // One entry longer than a hit's default text, to see fields=text make a difference.
        String longPost = "sofa-weekly-20220107.md";
        Files.copy(Path.of(URI.create(AppTest.class.getResource("/long-text/" + longPost).toString())), posts.resolve(longPost));
        index = tmp.resolve("index");
        FixtureIndex.build(posts, index);
        Path web = Files.createDirectories(tmp.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>box</title>", StandardCharsets.UTF_8);
        searcher = Searcher.open(index, 100, Searcher.DEFAULT_RESULT_CACHE);
        app = App.create(searcher, new ServiceConfig(web, List.of("https://site.example"))).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searcher.close();
    }

    private static HttpResponse<String> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode search(String q, String more) throws Exception {
        HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + more);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void answersWithTheContractFields() throws Exception {
        JsonNode r = search("Multi-Raft", "");

        assertThat(r.fieldNames()).toIterable().contains("query", "total", "page", "size", "tookMs", "relaxed", "hits", "facets");
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "type", "title", "url", "post", "asker", "project",
                "versions", "text", "highlights", "alsoIn", "score");
        assertThat(hit.get("post").fieldNames()).toIterable().contains("slug", "title", "date", "url");
        assertThat(hit.get("highlights").get("title").asText()).contains("<mark>");
        assertThat(r.get("facets").fieldNames()).toIterable().containsExactly("type", "project", "year");
    }

    @Test
    void pagesAndFilters() throws Exception {
        JsonNode p2 = search("发布", "&page=2&size=1&type=release,qa&sort=date");

        assertThat(p2.get("page").asInt()).isEqualTo(2);
        assertThat(p2.get("size").asInt()).isEqualTo(1);
        assertThat(p2.get("hits")).hasSize(1);
        assertThat(search("SOFAJRaft", "&year=2021").get("hits")).allMatch(h -> h.get("post").get("date").asText().startsWith("2021"));
        assertThat(search("MOSN", "&project=MOSN").get("hits")).allMatch(h -> h.get("project").asText().equals("MOSN"));
    }

    @Test
    void hitsHaveScoresAndFacetsCountPastTheirOwnFilter() throws Exception {
        JsonNode all = search("SOFAJRaft", "");
        JsonNode qa = search("SOFAJRaft", "&type=qa");

        assertThat(all.get("facets").get("type").size()).isGreaterThan(1);
        assertThat(qa.get("facets").get("type")).isEqualTo(all.get("facets").get("type"));
        assertThat(qa.get("hits")).isNotEmpty().allMatch(h -> h.get("type").asText().equals("qa"));
        assertThat(all.get("hits")).allMatch(h -> h.get("score").floatValue() > 0f);
    }

    @Test
    void anEmojiIsWrittenAsUtf8NotAsAnEscapedSurrogatePair() throws Exception {
        HttpResponse<String> r = get("/search?q=" + URLEncoder.encode("写入吞吐", StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(r.body()).contains("十几万👍").doesNotContainIgnoringCase("\\ud83d");
    }

    @Test
    void aHitCarriesItsWholeTextOnlyWhenAsked() throws Exception {
        int snippet = search("灰度", "&size=50").get("hits").findValues("text").stream().mapToInt(t -> t.asText().length())
                .max().orElseThrow();
        int whole = search("灰度", "&size=50&fields=text").get("hits").findValues("text").stream()
                .mapToInt(t -> t.asText().length()).max().orElseThrow();

        assertThat(snippet).isLessThanOrEqualTo(241);
        assertThat(whole).isGreaterThan(snippet);
        assertThat(get("/search?q=x&fields=body").statusCode()).isEqualTo(400);
    }

    @Test
    void everyBadRequestIsA400WithAJsonMessage() throws Exception {
        for (String q : List.of("/search", "/search?q=", "/search?q=%20%20", "/search?q=" + "x".repeat(257),
                "/search?q=x&page=0", "/search?q=x&page=-1", "/search?q=x&page=abc", "/search?q=x&size=0",
                "/search?q=x&size=51", "/search?q=x&page=21&size=50", "/search?q=x&type=faq", "/search?q=x&sort=best",
                "/search?q=x&year=twenty")) {
            HttpResponse<String> r = get(q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("error").asText()).as(q).isNotBlank();
            assertThat(body.get("message").asText()).as(q).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void projectFilterTakesAnyNameOfTheProjectAndRefusesUnknownOnes() throws Exception {
        JsonNode canonical = search("SOFAJRaft", "&project=SOFAJRaft");
        assertThat(canonical.get("total").asInt()).isPositive();
        assertThat(canonical.get("hits")).allMatch(h -> h.get("project").asText().equals("SOFAJRaft"));
        assertThat(search("SOFAJRaft", "&project=jraft").get("hits")).isEqualTo(canonical.get("hits"));

        HttpResponse<String> unknown = get("/search?q=x&project=nosuch");
        assertThat(unknown.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(unknown.body());
        assertThat(body.get("error").asText()).isEqualTo("bad_project");
        assertThat(body.get("message").asText()).contains("nosuch", "SOFAJRaft", "MOSN");
    }

    @Test
    void hostileQueriesNeverFail() throws Exception {
        for (String q : List.of("AND(", "*", "~", "a:b", "\"open", "((()))", "-", "\\", "%", "<script>", "😀",
                "𠮷", "ＳＯＦＡＲＰＣ", "\u0000", "OR", "NOT")) {
            HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as(q).isIn(200, 400);
            assertThat(r.body()).as(q).doesNotContain("Exception");
        }
    }

    /**
     * Lucene's query syntax is text: each query answers 200 with what its words alone answer, and
     * every hit holds one of those words. A query parser would instead give a field, boolean, range,
     * fuzzy or wildcard query (other hits, or every entry for {@code *}) or a parse error.
     */
    @Test
    void lucenesSyntaxIsJustText() throws Exception {
        int entries = JSON.readTree(get("/health").body()).get("entries").asInt();
        // query → the same words without the syntax
        Map<String, String> cases = new LinkedHashMap<>();
        // The colon is a break between two words of one clause, as a hyphen is (typed with a space, "title"
        // would be a word of its own, which the English-Chinese bridge also reads as 标题).
        cases.put("title:Seata", "title-Seata");
        cases.put("Seata AND TCC", "Seata and TCC");
        cases.put("Seata OR Occlum", "Seata or Occlum");
        cases.put("NOT RheaKV", "not RheaKV");
        cases.put("Occlum~", "Occlum");
        cases.put("Occlum~2", "Occlum-2"); // glued words: a phrase, then its words in the relaxed pass
        cases.put("Occ*", "Occ"); // no entry has the word "occ": a wildcard would find Occlum
        cases.put("Occlu?", "Occlu");
        cases.put("[MOSN TO Seata]", "MOSN TO Seata");
        cases.put("{MOSN TO Seata}", "MOSN TO Seata");
        cases.put("Seata\\ TCC", "Seata TCC");
        cases.put("\"Seata 空回滚", "Seata 空回滚");
        cases.put("(RheaKV", "RheaKV");
        cases.put("RheaKV]", "RheaKV");
        cases.put("RheaKV^4 Seata", "RheaKV Seata");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String q = c.getKey();
            JsonNode syntax = search(q, "&size=50");
            JsonNode words = search(c.getValue(), "&size=50");
            assertThat(syntax.get("query").asText()).as(q).isEqualTo(q);
            assertThat(syntax.get("total").asLong()).as(q).isEqualTo(words.get("total").asLong());
            if (!q.contains("*") && !q.contains("?")) {
                assertThat(syntax.get("total").asLong()).as(q).isPositive();
            }
            assertThat(ids(syntax)).as(q).isEqualTo(ids(words));
            List<String> literal = Arrays.stream(c.getValue().toLowerCase(Locale.ROOT).split(" "))
                    .filter(w -> !List.of("and", "or", "not", "to").contains(w))
                    .flatMap(w -> Arrays.stream(w.split("-"))).toList();
            for (JsonNode hit : syntax.get("hits")) {
                String text = (hit.get("title").asText() + " " + hit.get("text").asText()).toLowerCase(Locale.ROOT);
                assertThat(literal).as(q + " → " + hit.get("id").asText()).anyMatch(text::contains);
            }
        }
        for (String q : List.of("*", "?", "\\", "*:*", "~", "^", "[* TO *]", "\"\"", "()", "&&", "||")) {
            JsonNode r = search(q, "");
            assertThat(r.get("query").asText()).as(q).isEqualTo(q);
            assertThat(r.get("total").asLong()).as("%s is no match-all (%d entries)", q, entries).isLessThan(entries);
        }
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void escapesHtmlFromPosts() throws Exception {
        JsonNode hit = search("script 文本", "").get("hits").get(0);

        assertThat(hit.get("highlights").get("title").asText()).doesNotContain("<script").contains("&lt;");
    }

    @Test
    void suggestsAndReportsHealthAndMetrics() throws Exception {
        JsonNode s = JSON.readTree(get("/suggest?q=jr").body());
        assertThat(s.get("suggestions")).anyMatch(n -> n.asText().equals("SOFAJRaft"));

        JsonNode h = JSON.readTree(get("/health").body());
        assertThat(h.get("entries").asInt()).isPositive();
        assertThat(h.get("generation").asLong()).isPositive();
        assertThat(h.get("lastReindex").asText()).isNotBlank();

        search("Multi-Raft", "");
        HttpResponse<String> m = get("/metrics");
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("weeklysearch_http_requests_seconds_bucket").contains("route=\"search\"")
                .contains("weeklysearch_index_bytes");
    }

    @Test
    void metricsTagARejectedRequestWithItsFinalStatus() throws Exception {
        assertThat(get("/search?q=mosn&size=500").statusCode()).isEqualTo(400);
        assertThat(get("/search?q=mosn").statusCode()).isEqualTo(200);
        String metrics = get("/metrics").body();
        assertThat(metrics).containsPattern("weeklysearch_http_requests_seconds_count\\{[^}]*route=\"search\",status=\"400\"\\} [1-9]")
                .containsPattern("weeklysearch_http_requests_seconds_count\\{[^}]*route=\"search\",status=\"200\"\\} [1-9]");
    }

    @Test
    void allowsOnlyListedOrigins() throws Exception {
        HttpResponse<String> allowed = get("/search?q=mosn", "Origin", "https://site.example");
        HttpResponse<String> other = get("/search?q=mosn", "Origin", "https://evil.example");

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://site.example");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void servesTheSearchBoxAndJsonForUnknownPaths() throws Exception {
        assertThat(get("/").body()).contains("<title>box</title>");
        HttpResponse<String> missing = get("/no/such/thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void picksUpAReindexWithoutARestart() throws Exception {
        Files.writeString(posts.resolve("sofa-weekly-20220107.md"), """
                ---
                title: "SOFA Weekly | 新的一期"
                categories: "SOFA Weekly"
                tags: ["SOFA Weekly"]
                date: 2022-01-07T21:00:00+08:00
                ---

                ### 每周读者问答提炼

                **@新同学** 提问：

                > Layotto 支持 WebAssembly 吗？

                A：支持，可以把函数编译成 wasm 运行。
                """, StandardCharsets.UTF_8);
        FixtureIndex.build(posts, index);

        long deadline = System.nanoTime() + 10_000_000_000L;
        int total = 0;
        while (System.nanoTime() < deadline && total == 0) {
            total = search("WebAssembly", "").get("total").asInt();
            Thread.sleep(50);
        }
        assertThat(total).isEqualTo(1);
    }
}
