package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void appliesTheStarGroupByLongestPrefixWithAllowWinningTies() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /blog/
                Allow: /blog/sofa-weekly
                Disallow: /blog/sofa-weekly-2019
                Allow: /tie
                Disallow: /tie
                """, "weekly-search");
        assertThat(r.allows("/blog/other/")).isFalse();
        assertThat(r.allows("/blog/sofa-weekly-20200101/")).isTrue();
        assertThat(r.allows("/blog/sofa-weekly-20190802/")).isFalse();
        assertThat(r.allows("/tags/sofa-weekly/")).isTrue();
        assertThat(r.allows("/tie/x")).isTrue();
    }

    @Test
    void readsWildcardsAndEndAnchors() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /*?
                Disallow: /*.xml$
                Allow: /tags/*/index.xml$
                """, "weekly-search");
        assertThat(r.allows("/search?q=x")).isFalse();
        assertThat(r.allows("/blog/a/?utm=1")).isFalse();
        assertThat(r.allows("/blog/a/")).isTrue();
        assertThat(r.allows("/zh/sitemap.xml")).isFalse();
        assertThat(r.allows("/zh/sitemap.xml.gz")).isTrue();
        assertThat(r.allows("/tags/sofa-weekly/index.xml")).isTrue();
    }

    @Test
    void ourOwnGroupReplacesTheStarGroup() {
        String text = """
                User-agent: *
                Disallow: /

                User-agent: Weekly-Search
                Disallow: /private/
                """;
        Robots ours = Robots.parse(text, "weekly-search");
        assertThat(ours.allows("/blog/x/")).isTrue();
        assertThat(ours.allows("/private/x")).isFalse();
        assertThat(Robots.parse(text, "other-bot").allows("/blog/x/")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertThat(Robots.parse("User-agent: *\nDisallow:\n", "weekly-search").allows("/anything")).isTrue();
    }

    // --- how the fetcher reads robots.txt over HTTP (RFC 9309 2.3.1) ---

    private HttpServer server;
    private final AtomicInteger robotsHits = new AtomicInteger();

    /** A host whose robots.txt answers {@code status} (with {@code body}), or redirects {@code hops} times first. */
    private URI host(int status, String body, int hops) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            byte[] bytes;
            if (path.startsWith("/robots")) {
                robotsHits.incrementAndGet();
                int n = path.equals("/robots.txt") ? 0 : Integer.parseInt(path.substring("/robots".length()));
                if (n < hops) {
                    ex.getResponseHeaders().set("Location", "/robots" + (n + 1));
                    ex.sendResponseHeaders(301, -1);
                    ex.close();
                    return;
                }
                bytes = body.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/plain");
                ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            } else {
                bytes = "<p>ok</p>".getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "text/html");
                ex.sendResponseHeaders(200, bytes.length);
            }
            ex.getResponseBody().write(bytes);
            ex.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Fetched get(URI origin, String path) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Fetcher f = new Fetcher(client, CrawlTesting.fast(), Set.of("127.0.0.1"), new CrawlStats());
        return f.get(origin.resolve(path), Fetcher.Expect.HTML, null, null);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aServerErrorOnRobotsTxtDisallowsEverythingAfterTheRetries() throws Exception {
        URI origin = host(503, "", 0);
        Fetched f = get(origin, "/blog/a/");
        assertThat(f).isInstanceOfSatisfying(Fetched.Failed.class,
                failed -> assertThat(failed.reason()).startsWith("robots.txt unreachable (HTTP 503 after 3 tries)"));
        assertThat(robotsHits.get()).isEqualTo(3);
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        assertThat(get(host(404, "", 0), "/blog/a/")).isInstanceOf(Fetched.Ok.class);
    }

    @Test
    void fiveRedirectsAreFollowed() throws Exception {
        URI origin = host(200, "User-agent: *\nDisallow: /blog/\n", 5);
        assertThat(get(origin, "/blog/a/")).isInstanceOfSatisfying(Fetched.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo("robots.txt disallows"));
        assertThat(get(origin, "/tags/a/")).isInstanceOf(Fetched.Ok.class);
    }

    @Test
    void aLongerRedirectChainCountsAsNoRobotsTxt() throws Exception {
        URI origin = host(200, "User-agent: *\nDisallow: /\n", 6);
        assertThat(get(origin, "/blog/a/")).isInstanceOf(Fetched.Ok.class);
    }
}
