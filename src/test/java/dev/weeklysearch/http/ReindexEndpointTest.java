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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /admin/reindex} on the real app: behind the token, one refresh at a time, and what it
 * did shown in {@code /health} and counted in {@code /metrics}. The refresh job here is one the test
 * holds open, so that "a call during a refresh" is certain; the real reindex behind it is tested in
 * {@code cli/ServeRefreshTest}.
 */
class ReindexEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "deploy-pipeline-token";

    @TempDir
    static Path tmp;
    static Searcher searcher;

    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicBoolean fail = new AtomicBoolean();
    private volatile CountDownLatch release = new CountDownLatch(0);
    private final CountDownLatch started = new CountDownLatch(1);
    private Refresher refresher;
    private Javalin app;

    @BeforeAll
    static void index() throws IOException {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        searcher = Searcher.open(index, 100, 0);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        searcher.close();
    }

    private Javalin start(String token) {
        refresher = new Refresher(() -> {
            runs.incrementAndGet();
            started.countDown();
            if (!release.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            if (fail.get()) {
                throw new IOException("cannot read http://127.0.0.1:9/sitemap.xml: HTTP 500");
            }
            return new Refresher.Outcome(true, "posts seen 5, changed 1");
        }, Duration.ZERO).start(Duration.ZERO);
        app = App.create(searcher, new ServiceConfig(null, List.of(), token), refresher).start("127.0.0.1", 0);
        return app;
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.stop();
        }
        refresher.close();
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode refreshStatus() throws Exception {
        return JSON.readTree(send("GET", "/health", null).body()).path("refresh");
    }

    private JsonNode awaitIdle() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (refresher.runningSince() != null && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return refreshStatus();
    }

    @Test
    void withoutATokenTheEndpointIsAbsentAndNothingRuns() throws Exception {
        start(null);
        HttpResponse<String> r = send("POST", "/admin/reindex", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("not_found");
        assertThat(runs).hasValue(0);
    }

    @Test
    void aMissingOrWrongTokenIsA401AndNothingRuns() throws Exception {
        start(TOKEN);
        for (String auth : new String[] {null, "Bearer wrong", "Bearer " + TOKEN.substring(1)}) {
            HttpResponse<String> r = send("POST", "/admin/reindex", auth);
            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
            assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("unauthorized");
        }
        assertThat(runs).hasValue(0);
    }

    @Test
    void theRightTokenStartsOneRefreshAndACallDuringItStartsNoSecond() throws Exception {
        start(TOKEN);
        release = new CountDownLatch(1);

        HttpResponse<String> first = send("POST", "/admin/reindex", "Bearer " + TOKEN);
        assertThat(first.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(first.body());
        assertThat(body.path("started").asBoolean()).isTrue();
        assertThat(body.path("status").asText()).isEqualTo("/health");
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(refreshStatus().path("running").asBoolean()).isTrue();

        HttpResponse<String> second = send("POST", "/admin/reindex", "Bearer " + TOKEN);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(second.body()).path("error").asText()).isEqualTo("refresh_running");
        assertThat(JSON.readTree(second.body()).path("message").asText()).contains("/health");

        release.countDown();
        JsonNode status = awaitIdle();
        assertThat(runs).as("the second call queued nothing").hasValue(1);
        assertThat(status.path("running").asBoolean()).isFalse();
        assertThat(status.path("lastRefresh").path("ok").asBoolean()).isTrue();
        assertThat(status.path("lastRefresh").path("trigger").asText()).isEqualTo("admin");
        assertThat(status.path("lastError").isNull()).isTrue();
        assertThat(status.path("interval").asText()).isEqualTo("off");
        assertThat(send("GET", "/metrics", null).body()).contains("weeklysearch_refreshes_total{outcome=\"ok\"} 1.0");
    }

    @Test
    void aFailedRefreshIsShownWithItsErrorAndTheIndexKeepsServing() throws Exception {
        start(TOKEN);
        fail.set(true);

        assertThat(send("POST", "/admin/reindex", "Bearer " + TOKEN).statusCode()).isEqualTo(202);
        JsonNode status = awaitIdle();

        assertThat(status.path("lastRefresh").path("ok").asBoolean()).isFalse();
        assertThat(status.path("lastError").path("message").asText()).contains("HTTP 500");
        assertThat(send("GET", "/metrics", null).body()).contains("weeklysearch_refreshes_total{outcome=\"failed\"} 1.0");
        assertThat(send("GET", "/search?q=SOFAJRaft", null).body()).doesNotContain("\"total\":0");
    }
}
