package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty turns away before they reach a route (a URL or headers too long, an unparsable
 * request line, a bad escape) get the service's JSON error, never Jetty's HTML page. Sent over a
 * raw socket, since an HTTP client refuses to send most of them.
 */
class JettyErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin app;

    @BeforeAll
    static void start() throws IOException {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        searcher = Searcher.open(index, 100, 0);
        app = App.create(searcher, new ServiceConfig(null, List.of())).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws IOException {
        app.stop();
        searcher.close();
    }

    /** The status code and body of the answer to {@code request}, written as is. */
    private static Answer raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), app.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String head = response.substring(0, response.indexOf("\r\n\r\n"));
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            return new Answer(status, head, body);
        }
    }

    record Answer(int status, String head, String body) {
    }

    private static void assertJsonError(Answer a, int status, String error) throws IOException {
        assertThat(a.status()).as(a.head() + "\n" + a.body()).isEqualTo(status);
        assertThat(a.head().toLowerCase(Locale.ROOT)).contains("content-type: application/json");
        JsonNode body = JSON.readTree(a.body());
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(a.body()).doesNotContain("<html", "<h2>", "Powered by Jetty");
    }

    @Test
    void anOverLongUrlIsAJson414() throws Exception {
        Answer a = raw("GET /search?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertJsonError(a, 414, "uri_too_long");
    }

    @Test
    void overLargeHeadersAreAJson431() throws Exception {
        Answer a = raw("GET /search?q=x HTTP/1.1\r\nHost: x\r\nX-Long: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertJsonError(a, 431, "headers_too_large");
    }

    @Test
    void anUnparsableRequestIsAJson400() throws Exception {
        assertJsonError(raw("GET /search?q=x HTTP/1.1\r\nHost: x\r\nNo colon in this header\r\n\r\n"), 400, "bad_request");
        assertJsonError(raw("GET /search?q=x HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\nConnection: close\r\n\r\n"),
                400, "bad_request");
    }

    @Test
    void anAmbiguousPathIsAJson400() throws Exception {
        assertJsonError(raw("GET /web/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400, "bad_request");
    }
}
