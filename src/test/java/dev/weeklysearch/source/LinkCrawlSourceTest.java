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

    private RecordingSink crawl() throws SourceException {
        RecordingSink sink = new RecordingSink();
        source().read(Map.of(), sink);
        return sink;
    }

    @Test
    void findsEveryPostWhenThePaginationIsDrawnByScript() throws Exception {
        RecordingSink sink = crawl();

        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(site.slugs()).hasSize(12);
        assertThat(sink.failures).isEmpty();
        assertThat(site.hits("/tags/sofa-weekly/page/2/")).isEqualTo(1);
        assertThat(site.hits("/tags/sofa-weekly/page/3/")).as("data-total says 2 pages").isZero();
        assertThat(site.hits("/tags/sofa-weekly/index.xml")).isEqualTo(1);
        assertThat(site.totalHits()).as("robots.txt, 2 listings, the feed, 12 posts").isEqualTo(16);
    }

    @Test
    void followsLinkPaginationWhereThePageHasIt() throws Exception {
        site.pagination(SitePages.Pagination.LINKS);
        site.feed(false);
        RecordingSink sink = crawl();

        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(site.slugs());
        assertThat(site.hits("/tags/sofa-weekly/page/2/")).isEqualTo(1);
        assertThat(sink.failures).isEmpty();
    }

    @Test
    void probesHugoPagesUntilOneIsMissingWhenThereIsNoPaginationAtAll() throws Exception {
        site.pagination(SitePages.Pagination.NONE);
        site.feed(false);
        RecordingSink sink = crawl();

        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(site.slugs());
        assertThat(site.hits("/tags/sofa-weekly/page/3/")).as("the probe's end").isEqualTo(1);
        assertThat(sink.failures).as("a probed page that does not exist is no failure").isEmpty();
    }

    @Test
    void theFeedAloneListsEveryPost() throws Exception {
        site.pagination(SitePages.Pagination.NONE);
        RecordingSink sink = new RecordingSink();
        new SitemapSource(site.url("/tags/sofa-weekly/index.xml"), CrawlTesting.fast()).read(Map.of(), sink);

        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(site.slugs());
        assertThat(site.totalHits()).as("robots.txt, the feed, 12 posts").isEqualTo(14);
    }

    @Test
    void listsOnlyTaggedPostsAndIgnoresNavigationAsideAndFooterLinks() throws Exception {
        RecordingSink sink = crawl();
        assertThat(site.hits("/blog/other-article/")).isZero();
        assertThat(site.hits("/blog/")).isZero();
        assertThat(sink.accepted).doesNotContainKeys("other-article", "seata-at-mode-explained", "cloud-native-year-review");
    }

    @Test
    void aNoChangeRecrawlSkipsPostsByTheirFeedDatesWithoutARequest() throws Exception {
        CrawlTesting.Recrawl again = CrawlTesting.recrawl(this::source, site::resetCounts);

        assertThat(again.sink().accepted).isEmpty();
        assertThat(again.sink().unchanged).hasSize(12);
        assertThat(site.slugs()).allSatisfy(slug -> assertThat(site.hits("/blog/" + slug + "/")).isZero());
        assertThat(again.source().stats().requests()).as("robots.txt, 2 listings, the feed").isEqualTo(4);
    }

    @Test
    void withoutAFeedARecrawlAsksIfModifiedSinceAndGets304s() throws Exception {
        site.feed(false);
        site.etags(false);
        CrawlTesting.Recrawl again = CrawlTesting.recrawl(this::source, site::resetCounts);

        assertThat(again.sink().accepted).isEmpty();
        assertThat(again.sink().unchanged).hasSize(12);
        assertThat(site.conditionalHits()).isEqualTo(12);
        assertThat(again.source().stats().responsesByStatus()).containsEntry(304, 12L);
    }

    @Test
    void withoutAFeedAChangedPageIsTheOnlyOneDeliveredAgain() throws Exception {
        site.feed(false);
        RecordingSink second = CrawlTesting.recrawl(this::source, () -> site.change("sofa-weekly-20990303", "又一段新内容。")).sink();

        assertThat(second.accepted.keySet()).containsExactly("sofa-weekly-20990303");
        assertThat(second.unchanged).hasSize(11);
    }

    @Test
    void includeAndExcludeStillApplyToListedUrls() throws Exception {
        RecordingSink sink = new RecordingSink();
        new LinkCrawlSource(site.url("/tags/sofa-weekly/"), CrawlTesting.fast().withExclude(List.of("2099010\\d/$")))
                .read(Map.of(), sink);
        assertThat(sink.accepted.keySet()).hasSize(11).doesNotContain("sofa-weekly-20990103");
    }

    @Test
    void aMissingStartPageFailsTheWholeSource() {
        LinkCrawlSource missing = new LinkCrawlSource(site.url("/tags/no-such-tag/"), CrawlTesting.fast());
        assertThatThrownBy(() -> missing.read(Map.of(), new RecordingSink()))
                .isInstanceOf(SourceException.class).hasMessageContaining("HTTP 404");
    }
}
