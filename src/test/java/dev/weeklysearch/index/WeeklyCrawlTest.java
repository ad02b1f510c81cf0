package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.PageSelectors;
import dev.weeklysearch.source.CrawlSource;
import dev.weeklysearch.source.CrawlTesting;
import dev.weeklysearch.source.LinkCrawlSource;
import dev.weeklysearch.source.SiteServer;
import dev.weeklysearch.source.SitemapSource;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls of a site shaped like the live one (script-drawn pagination, the tag's feed, a sitemap index
 * listing non-weekly blog posts too) index the 12 weekly posts only, count the others as skipped, and
 * recrawl without fetching posts: the request counts a site owner pays.
 */
class WeeklyCrawlTest {
    @TempDir
    Path tmp;

    private SiteServer site;

    @BeforeEach
    void start() throws Exception {
        site = SiteServer.start(fixtures());
        site.etags(false);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private static Path fixtures() throws URISyntaxException {
        return Path.of(WeeklyCrawlTest.class.getResource("/site").toURI());
    }

    /**
     * First crawl and no-change recrawl through the indexer; returns {first requests, recrawl requests}.
     * The source names its real kind ("feed …", "sitemap …", "listing …") in the crawl summary.
     */
    private long[] crawlTwice(Supplier<CrawlSource> source, int skipped, String kind) throws Exception {
        Indexer indexer = new Indexer(tmp, new Extractor(site.url("/blog/").toString(), PageSelectors.defaults()));
        CrawlSource first = source.get();
        ReindexSummary s = indexer.reindex(List.of(first), false, ProgressListener.NONE);
        assertThat(s.failures()).isEmpty();
        assertThat(s.changed()).isEqualTo(12);
        assertThat(s.skippedCount()).isEqualTo(skipped);
        assertThat(s.entriesInIndex().get("qa")).isPositive();

        site.resetCounts();
        CrawlSource again = source.get();
        ReindexSummary r = indexer.reindex(List.of(again), false, ProgressListener.NONE);
        assertThat(r.changed()).isZero();
        assertThat(r.unchanged()).isEqualTo(12);
        assertThat(r.skippedCount()).isEqualTo(skipped);
        assertThat(site.pagesServed()).as("no post body fetched again").isZero();
        System.out.printf("%s: first crawl %s; recrawl %s%n", first.describe(), first.stats(), again.stats());
        assertThat(first.describe()).startsWith(kind + " http://");
        return new long[] {first.stats().requests(), again.stats().requests()};
    }

    @Test
    void theListingFindsEveryWeeklyPostAndRecrawlsWithListingsAndTheFeedOnly() throws Exception {
        long[] requests = crawlTwice(() -> new LinkCrawlSource(site.url("/tags/sofa-weekly/"), CrawlTesting.fast()), 0, "listing");
        assertThat(requests).as("robots.txt, 2 listings, feed, 12 posts; then all but the posts").containsExactly(16, 4);
    }

    @Test
    void theFeedIsTheCheapestSource() throws Exception {
        long[] requests = crawlTwice(() -> new SitemapSource(site.url("/tags/sofa-weekly/index.xml"), CrawlTesting.fast()), 0,
                "feed");
        assertThat(requests).as("robots.txt, feed, 12 posts; then robots.txt and feed").containsExactly(14, 2);
    }

    @Test
    void theSitemapSkipsNonWeeklyPostsAndRemembersThem() throws Exception {
        // /blog/other-article/ (no tags, no validators) is skipped too, and asked for again on every crawl.
        long[] requests = crawlTwice(() -> new SitemapSource(site.url("/sitemap.xml"), CrawlTesting.fast()),
                SiteServer.notWeeklySlugs().size() + 1, "sitemap");
        assertThat(requests).as("robots.txt, index, 2 urlsets, 12 + 3 posts; then the sitemaps and other-article")
                .containsExactly(19, 5);
        assertThat(site.hits("/blog/seata-at-mode-explained/")).as("remembered by its lastmod").isZero();
    }

    @Test
    void includeAndExcludeStillSelectTheUrls() throws Exception {
        Indexer indexer = new Indexer(tmp, new Extractor(site.url("/blog/").toString(), PageSelectors.defaults()));
        ReindexSummary s = indexer.reindex(List.of(new SitemapSource(site.url("/sitemap.xml"),
                CrawlTesting.fast().withExclude(List.of("/blog/(seata|other)-")))), false, ProgressListener.NONE);
        assertThat(s.skipped()).containsExactly(Map.entry(Skips.NOT_WEEKLY, 1));
        assertThat(site.hits("/blog/seata-at-mode-explained/")).isZero();
    }
}
