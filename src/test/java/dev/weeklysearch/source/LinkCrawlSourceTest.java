package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkCrawlSourceTest {

    private SiteServer site;

    @BeforeEach
    void start() throws Exception {
        site = SiteServer.start(CrawlTesting.fixtures());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private LinkCrawlSource source() {
        return new LinkCrawlSource(site.url("/tags/sofa-weekly/"), CrawlTesting.fast());
    }

    @Test
    void followsTagPaginationAndDeliversTheSamePostsAsTheSitemap() throws Exception {
        RecordingSink viaLinks = new RecordingSink();
        source().read(Map.of(), viaLinks);
        RecordingSink viaSitemap = new RecordingSink();
        new SitemapSource(site.url("/sitemap.xml"), CrawlTesting.fast().withInclude(List.of("/blog/sofa-weekly-")))
                .read(Map.of(), viaSitemap);

        assertThat(viaLinks.accepted.keySet()).hasSize(12).isEqualTo(viaSitemap.accepted.keySet());
        assertThat(site.hits("/tags/sofa-weekly/page/2/")).isEqualTo(1);
        viaLinks.accepted.forEach((slug, post) ->
                assertThat(post.text()).isEqualTo(viaSitemap.accepted.get(slug).text()));
    }

    @Test
    void ignoresNavigationAsideAndFooterLinks() throws Exception {
        RecordingSink sink = new RecordingSink();
        source().read(Map.of(), sink);
        assertThat(site.hits("/blog/other-article/")).isZero();
        assertThat(site.hits("/blog/")).isZero();
        assertThat(sink.accepted).doesNotContainKey("other-article");
    }

    @Test
    void recrawlSendsOnlyConditionalPostRequestsAndDeliversNoBody() throws Exception {
        CrawlTesting.Recrawl again = CrawlTesting.recrawl(this::source, site::resetCounts);

        assertThat(again.sink().accepted).isEmpty();
        assertThat(again.sink().unchanged).hasSize(12);
        assertThat(site.conditionalHits()).isEqualTo(12);
        assertThat(again.source().stats().responsesByStatus()).containsEntry(304, 12L).containsEntry(200, 3L);
    }

    @Test
    void aChangedPageIsTheOnlyOneDeliveredAgain() throws Exception {
        RecordingSink second = CrawlTesting.recrawl(this::source, () -> site.change("sofa-weekly-20990303", "又一段新内容。")).sink();

        assertThat(second.accepted.keySet()).containsExactly("sofa-weekly-20990303");
        assertThat(second.unchanged).hasSize(11);
    }

    @Test
    void aMissingStartPageFailsTheWholeSource() {
        LinkCrawlSource missing = new LinkCrawlSource(site.url("/tags/no-such-tag/"), CrawlTesting.fast());
        assertThatThrownBy(() -> missing.read(Map.of(), new RecordingSink()))
                .isInstanceOf(SourceException.class).hasMessageContaining("HTTP 404");
    }
}
