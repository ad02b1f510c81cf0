package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /feed} and {@code /suggest} of the real app over an index of the whole shared corpus. */
class CorpusFeedAndSuggestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin app;
    static String base;
    static List<String> written = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        FixtureIndex.build(FixtureIndex.sharedCorpus(), tmp);
        searcher = Searcher.open(tmp);
        app = App.create(searcher, new ServiceConfig(null, List.of())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        try (FSDirectory dir = FSDirectory.open(tmp); IndexReader reader = DirectoryReader.open(dir)) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var d = reader.storedFields().document(doc);
                for (String field : List.of(Schema.TITLE, Schema.PROJECT)) {
                    if (d.get(field) != null) {
                        written.add(d.get(field));
                    }
                }
            }
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.stop();
            searcher.close();
        }
    }

    @Test
    void theFeedOfSofaJRaftQuestionsHasTenEntriesOrMoreNewestFirstWithDeepLinks() throws Exception {
        HttpResponse<String> r = get("/feed?q=SOFAJRaft&type=qa");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        List<Entry> entries = feed.getEntries();
        assertThat(entries).hasSizeBetween(10, 20);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).getUpdated()).isBeforeOrEqualTo(entries.get(i - 1).getUpdated());
        }
        JsonNode hits = JSON.readTree(get("/search?q=SOFAJRaft&type=qa&sort=date&size=20").body()).get("hits");
        for (int i = 0; i < entries.size(); i++) {
            String link = entries.get(i).getAlternateLinks().getFirst().getHref();
            assertThat(link).isEqualTo(hits.get(i).get("url").asText()).startsWith("https://").contains("#");
        }
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/feed?q=SOFAJRaft&type=qa"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void everyCompletionIsWrittenSoInSomeTitleQuestionOrProject() throws Exception {
        List<String> prefixes = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            prefixes.add(String.valueOf(c));
            prefixes.add(String.valueOf(c) + 'a');
            prefixes.add(String.valueOf(c) + 'e');
            prefixes.add(String.valueOf(c) + 'o');
        }
        prefixes.addAll(List.of("spring", "seata", "sofa", "jr", "分", "事", "发布", "如何", "请问"));
        int total = 0;
        for (String prefix : prefixes) {
            for (JsonNode c : JSON.readTree(get("/suggest?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8))
                    .body()).get("suggestions")) {
                total++;
                assertThat(written).as("'" + c.asText() + "' for '" + prefix + "'").anyMatch(w -> w.contains(c.asText()));
            }
        }
        assertThat(total).isGreaterThan(200);
        List<String> se = suggestions("se");
        assertThat(se).isNotEmpty().doesNotContain("servic", "seatadtx", "seataserv");
        assertThat(suggestions("spring")).isNotEmpty().allMatch(s -> s.startsWith("Spring") || s.startsWith("spring"))
                .doesNotContain("springboottransformsampl", "springcloudablibaba");
    }

    private static List<String> suggestions(String q) throws Exception {
        List<String> out = new ArrayList<>();
        JSON.readTree(get("/suggest?q=" + q).body()).get("suggestions").forEach(n -> out.add(n.asText()));
        return out;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
