package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /feed} of the real app over the fixture index: Atom that parses, newest first, cheap to poll. */
class FeedControllerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin app;
    static String base;

    @BeforeAll
    static void start() throws IOException, URISyntaxException {
        Path posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        try (Stream<Path> more = Files.list(Path.of(FeedControllerTest.class.getResource("/web/posts").toURI()))) {
            for (Path p : more.toList()) {
                Files.copy(p, posts.resolve(p.getFileName().toString()));
            }
        }
        FixtureIndex.build(posts, tmp.resolve("index"));
        searcher = Searcher.open(tmp.resolve("index"));
        app = App.create(searcher, new ServiceConfig(null, List.of())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searcher.close();
    }

    @Test
    void aSearchIsAnAtomFeedOfItsNewestEntriesWithTheirDeepLinks() throws Exception {
        HttpResponse<String> r = get("/feed?q=Multi-Raft", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Feed feed = (Feed) new WireFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        List<Entry> entries = feed.getEntries();

        JsonNode byDate = JSON.readTree(get("/search?q=Multi-Raft&sort=date&size=20", null, null).body());
        List<String> links = new ArrayList<>();
        byDate.get("hits").forEach(h -> links.add(h.get("url").asText()));
        assertThat(links).hasSizeGreaterThanOrEqualTo(3);
        assertThat(entries.stream().map(e -> e.getAlternateLinks().getFirst().getHref()).toList())
                .as("the deep links of /search?sort=date, in its order").isEqualTo(links);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).getUpdated()).as("newest first").isBeforeOrEqualTo(entries.get(i - 1).getUpdated());
        }
        Entry first = entries.getFirst();
        assertThat(first.getTitle()).isEqualTo(byDate.get("hits").get(0).get("title").asText());
        assertThat(first.getUpdated().toInstant().toString())
                .startsWith(byDate.get("hits").get(0).get("post").get("date").asText());
        assertThat(first.getSummary().getValue()).containsIgnoringCase("Multi-Raft").doesNotContain("<mark>");
        assertThat(feed.getUpdated()).isEqualTo(first.getUpdated());
    }

    @Test
    void filtersNarrowTheFeed() throws Exception {
        Feed all = feed("/feed?q=SOFAJRaft");
        Feed qa = feed("/feed?q=SOFAJRaft&type=qa&project=jraft");
        assertThat(qa.getEntries()).isNotEmpty().hasSizeLessThan(all.getEntries().size());
    }

    @Test
    void anUnchangedFeedIsA304ByEtagOrDate() throws Exception {
        HttpResponse<String> first = get("/feed?q=Multi-Raft", null, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> again = get("/feed?q=Multi-Raft", etag, null);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get("/feed?q=Multi-Raft", null, modified).statusCode()).isEqualTo(304);
        assertThat(get("/feed?q=Multi-Raft", "\"stale\"", modified).statusCode())
                .as("If-None-Match decides over If-Modified-Since").isEqualTo(200);
        assertThat(get("/feed?q=Multi-Raft", null, "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(get("/feed?q=SOFAJRaft", etag, null).statusCode()).as("another query's feed").isEqualTo(200);
    }

    @Test
    void badParametersAreTheSameJson400sAsSearch() throws Exception {
        for (String query : List.of("/feed", "/feed?q=", "/feed?q=x&type=bogus", "/feed?q=x&project=nope",
                "/feed?q=x&year=abc")) {
            HttpResponse<String> r = get(query, null, null);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.get("error").asText()).as(query).isNotBlank();
            assertThat(body.get("message").asText()).as(query).isNotBlank();
            String search = query.replace("/feed", "/search");
            assertThat(body.get("error").asText()).as("as /search says")
                    .isEqualTo(JSON.readTree(get(search, null, null).body()).get("error").asText());
        }
    }

    private static Feed feed(String path) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(get(path, null, null).body()));
    }

    static HttpResponse<String> get(String path, String ifNoneMatch, String ifModifiedSince)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        if (ifModifiedSince != null) {
            b.header("If-Modified-Since", ifModifiedSince);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
