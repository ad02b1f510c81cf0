package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.http.App;
import dev.weeklysearch.http.ServiceConfig;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path: the `reindex` command over fixture posts, then a search over HTTP. */
class EndToEndTest {
    @TempDir
    Path tmp;

    @Test
    void reindexesFixturesThenFindsAnAnswerOverHttp() throws Exception {
        Path index = tmp.resolve("index");
        int code = Main.run("reindex", "--source", FixtureIndex.posts().toString(), "--index", index.toString(),
                "--config", tmp.resolve("none.yml").toString());
        assertThat(code).isZero();

        try (Searcher searcher = Searcher.open(index)) {
            Javalin app = App.create(searcher, new ServiceConfig(null, List.of())).start("127.0.0.1", 0);
            try {
                String url = "http://127.0.0.1:" + app.port() + "/search?q=" + URLEncoder.encode("分布式事务", StandardCharsets.UTF_8);
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertThat(r.statusCode()).isEqualTo(200);
                JsonNode hits = new ObjectMapper().readTree(r.body()).get("hits");
                assertThat(hits).isNotEmpty();
                assertThat(hits.get(0).get("text").asText()).contains("分布式事务");
                assertThat(hits.get(0).get("highlights").get("text").asText()).contains("<mark>");
            } finally {
                app.stop();
            }
        }
    }
}
