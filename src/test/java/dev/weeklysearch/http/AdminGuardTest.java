package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin rules on the real app: absent without a token, 401 without the right one. */
class AdminGuardTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cret-token-of-the-owner";

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin open;
    static Javalin closed;

    @BeforeAll
    static void start() throws IOException {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        searcher = Searcher.open(index, 100, 0);
        open = App.create(searcher, new ServiceConfig(null, List.of(), TOKEN)).start("127.0.0.1", 0);
        closed = App.create(searcher, new ServiceConfig(null, List.of(), " ")).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        open.stop();
        closed.stop();
        searcher.close();
    }

    private static HttpResponse<String> send(Javalin app, String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAConfiguredTokenEveryAdminPathIsAbsent() throws Exception {
        for (String path : List.of("/admin", "/admin/reindex", "/admin/api/insights")) {
            HttpResponse<String> r = send(closed, "POST", path, "Bearer " + TOKEN);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("not_found");
        }
    }

    @Test
    void aMissingOrWrongTokenGetsAJson401() throws Exception {
        for (String auth : new String[] {null, "Bearer", "Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN}) {
            HttpResponse<String> r = send(open, "GET", "/admin/anything", auth);
            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("error").asText()).isEqualTo("unauthorized");
            assertThat(body.path("message").asText()).contains(ServiceConfig.ADMIN_TOKEN_VARIABLE);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        }
    }

    @Test
    void theRightTokenPassesTheGuard() throws Exception {
        // No route lies behind this path: passing the guard shows as the ordinary JSON 404.
        HttpResponse<String> r = send(open, "GET", "/admin/anything", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(send(open, "GET", "/admin/anything", "bearer  " + TOKEN + " ").statusCode()).isEqualTo(404);
    }

    @Test
    void theGuardLeavesOtherPathsAlone() throws Exception {
        assertThat(send(open, "GET", "/ping", null).statusCode()).isEqualTo(200);
        assertThat(send(closed, "GET", "/ping", null).statusCode()).isEqualTo(200);
    }

    @Test
    void comparesWholeTokensOnly() {
        AdminGuard guard = new AdminGuard(TOKEN);
        assertThat(guard.authorized("Bearer " + TOKEN)).isTrue();
        assertThat(guard.authorized("Bearer " + TOKEN.substring(0, 5))).isFalse();
        assertThat(guard.authorized("Bearer ")).isFalse();
        assertThat(guard.authorized(null)).isFalse();
        assertThat(new AdminGuard(null).authorized("Bearer " + TOKEN)).isFalse();
    }
}
