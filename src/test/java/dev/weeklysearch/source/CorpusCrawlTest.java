package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.Corpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Crawls a loopback copy of the 144 shared corpus posts; skipped when the corpus is absent, failed under CI. */
class CorpusCrawlTest {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusCrawlTest.class);

    @Test
    void crawlsAllSharedPostsAndRecrawlsThemWithoutFetchingPages() throws Exception {
        Path corpus = Corpus.dir();
        try (SiteServer site = SiteServer.start(corpus)) {
            CrawlOptions options = CrawlTesting.fast().withInclude(List.of("/blog/sofa-"));
            RecordingSink sink = new RecordingSink();
            SitemapSource source = new SitemapSource(site.url("/sitemap.xml"), options);
            long t0 = System.nanoTime();
            source.read(Map.of(), sink);
            long millis = (System.nanoTime() - t0) / 1_000_000;

            assertThat(sink.accepted).hasSize(144);
            assertThat(sink.failures).isEmpty();
            assertThat(sink.accepted.get("sofa-weekly-20190816").text()).contains("&lt;SOFA:Channel/&gt;");

            site.resetCounts();
            SitemapSource again = new SitemapSource(site.url("/sitemap.xml"), options);
            again.read(sink.states(), new RecordingSink());
            LOG.info("144-post sitemap crawl over loopback: {} ms, {}; no-change recrawl: {}",
                    millis, source.stats(), again.stats());
            assertThat(again.stats().unchangedCount()).isEqualTo(144);
            assertThat(again.stats().requests()).isEqualTo(4);

            site.resetCounts();
            LinkCrawlSource links = new LinkCrawlSource(site.url("/tags/sofa-weekly/"), options);
            RecordingSink viaLinks = new RecordingSink();
            links.read(sink.states(), viaLinks);
            LOG.info("no-change link recrawl: {}", links.stats());
            assertThat(viaLinks.unchanged).hasSize(144);
            assertThat(links.stats().requests()).as("robots.txt, 15 listings, the feed").isEqualTo(17);
        }
    }
}
