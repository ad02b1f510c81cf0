package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourcesTest {

    @Test
    void anXmlUrlIsASitemapAndAnyOtherUrlAStartPage() {
        assertThat(Sources.of("https://www.sofastack.tech/sitemap.xml", CrawlOptions.defaults()))
                .isInstanceOf(SitemapSource.class);
        assertThat(Sources.of("https://www.sofastack.tech/tags/sofa-weekly/", CrawlOptions.defaults()))
                .isInstanceOf(LinkCrawlSource.class)
                .extracting(PostSource::describe).asString().contains("/tags/sofa-weekly/");
    }

    @Test
    void refusesOtherSchemes() {
        assertThatThrownBy(() -> Sources.of("ftp://example.com/x", CrawlOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anythingElseIsAFolderOfPosts() {
        assertThat(Sources.of("../posts", CrawlOptions.defaults())).isInstanceOf(FolderSource.class);
    }

    @Test
    void theDefaultUserAgentNamesTheTool() {
        assertThat(CrawlOptions.defaults().userAgent()).startsWith("weekly-search/").contains("(+https://");
        assertThat(CrawlOptions.defaults().agentToken()).isEqualTo("weekly-search");
    }
}
