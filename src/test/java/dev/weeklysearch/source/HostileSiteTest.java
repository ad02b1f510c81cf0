package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One crawl of a site full of misbehaving pages: every problem is counted, none stops the crawl. */
class HostileSiteTest {

    private static SiteServer site;
    private static RecordingSink sink;
    private static CrawlStats stats;

    @BeforeAll
    static void crawlOnce() throws Exception {
        site = SiteServer.startHostile(CrawlTesting.fixtures());
        sink = new RecordingSink();
        SitemapSource source = new SitemapSource(site.url("/sitemap.xml"), CrawlTesting.fast());
        source.read(Map.of(), sink);
        stats = source.stats();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, PostSink.Failure> failuresBySlug() {
        return sink.failureList().stream().collect(Collectors.toMap(PostSink.Failure::slug, f -> f));
    }

    @Test
    void everyGoodPostIsStillDelivered() {
        assertThat(sink.accepted.keySet()).containsAll(site.slugs())
                .contains("flaky-post", "gbk-post", "other-article").hasSize(15 + SiteServer.NOT_WEEKLY.size());
    }

    @Test
    void countsEachHostilePageUnderItsReason() {
        assertThat(stats.failuresByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "HTTP 404", 1L, "timeout after 3 tries", 1L, "too many redirects", 1L, "off-host redirect", 1L,
                "too large", 1L, "bad charset", 2L, "not HTML", 1L, "robots.txt disallows", 1L));
        assertThat(failuresBySlug()).containsOnlyKeys("gone-post", "slow-post", "loop-a", "away-post", "huge-post",
                "undeclared-gbk-post", "bad-charset-post", "json-post", "secret-post");
    }

    @Test
    void onlyA404IsReportedAsGone() {
        assertThat(sink.failureList()).filteredOn(PostSink.Failure::gone)
                .extracting(PostSink.Failure::slug).containsExactly("gone-post");
        assertThat(failuresBySlug().get("gone-post").location()).endsWith("/blog/gone-post/");
    }

    @Test
    void retriesA500AndThenSucceeds() {
        assertThat(site.hits("/blog/flaky-post/")).isEqualTo(2);
        assertThat(stats.responsesByStatus()).containsEntry(500, 1L);
        assertThat(sink.accepted.get("flaky-post").text()).contains("第二次就好了");
    }

    @Test
    void decodesADeclaredGbkPageAndReencodesItAsUtf8() {
        assertThat(sink.accepted.get("gbk-post").text()).contains("国标编码的页面");
    }

    @Test
    void boundsRedirectsAndNeverLeavesTheHost() {
        assertThat(site.hits("/blog/loop-a/") + site.hits("/blog/loop-b/")).isEqualTo(6);
    }

    @Test
    void abortsTheHugePageAtTheSizeLimit() {
        assertThat(stats.bytes()).isLessThan(10L * 1024 * 1024);
    }

    @Test
    void honoursRobotsTxtWithoutRequestingTheDisallowedPage() {
        assertThat(site.hits("/blog/private/secret-post/")).isZero();
        assertThat(site.hits("/robots.txt")).isEqualTo(1);
    }
}
