package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SitemapSourceTest {

    private SiteServer site;

    @BeforeEach
    void start() throws Exception {
        site = SiteServer.start(CrawlTesting.fixtures());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private SitemapSource source() {
        return new SitemapSource(site.url("/sitemap.xml"), CrawlTesting.fast().withInclude(List.of("/blog/sofa-weekly-")));
    }

    @Test
    void deliversEveryPostOfTheSitemapIndexWithItsArticle() throws Exception {
        RecordingSink sink = new RecordingSink();
        SitemapSource source = source();
        source.read(Map.of(), sink);

        assertThat(sink.accepted.keySet()).containsExactlyInAnyOrderElementsOf(site.slugs()).hasSize(12);
        assertThat(sink.failures).isEmpty();
        RawPost post = sink.accepted.get("sofa-weekly-20990117");
        assertThat(post.url()).isEqualTo(site.url("/blog/sofa-weekly-20990117/").toString());
        assertThat(post.location()).isEqualTo(post.url());
        assertThat(post.format()).isEqualTo(RawPost.Format.HTML);
        assertThat(post.etag()).isEqualTo(site.page("sofa-weekly-20990117").etag());
        assertThat(post.text()).contains("<article class=\"typo\">", "<h1 class=\"title\">SOFA Weekly | MOSN",
                "&lt;SOFA:Channel/&gt;线上直播第 99 期");
        assertThat(source.stats().delivered()).isEqualTo(12);
        assertThat(site.hits("/blog/other-article/")).as("excluded by the include regex").isZero();
    }

    @Test
    void recrawlWithSitemapLastmodSendsNoPageRequest() throws Exception {
        CrawlTesting.Recrawl again = CrawlTesting.recrawl(this::source, site::resetCounts);
        RecordingSink second = again.sink();

        assertThat(second.accepted).isEmpty();
        assertThat(second.unchanged).containsExactlyInAnyOrderElementsOf(site.slugs());
        assertThat(site.slugs()).allSatisfy(slug -> assertThat(site.hits("/blog/" + slug + "/")).isZero());
        assertThat(site.totalHits()).as("robots.txt + index + 2 urlsets").isEqualTo(4);
        assertThat(again.source().stats().requests()).isEqualTo(4);
    }

    @Test
    void recrawlWithoutLastmodMakesOnlyConditionalRequestsAndGets304s() throws Exception {
        site.sitemapLastmod(false);
        CrawlTesting.Recrawl again = CrawlTesting.recrawl(this::source, site::resetCounts);

        assertThat(again.sink().accepted).isEmpty();
        assertThat(again.sink().unchanged).hasSize(12);
        assertThat(site.conditionalHits()).isEqualTo(12);
        assertThat(again.source().stats().responsesByStatus()).containsEntry(304, 12L);
    }

    @Test
    void aChangedPageIsTheOnlyOneDeliveredAgain() throws Exception {
        RecordingSink second = CrawlTesting.recrawl(this::source,
                () -> site.change("sofa-weekly-20990210", "新增的一段：本周 SOFARPC 修复了一个问题。")).sink();

        assertThat(second.accepted.keySet()).containsExactly("sofa-weekly-20990210");
        assertThat(second.accepted.get("sofa-weekly-20990210").text()).contains("新增的一段");
        assertThat(second.unchanged).hasSize(11);
    }

    @Test
    void anUnreachableSitemapFailsTheWholeSource() {
        SitemapSource missing = new SitemapSource(site.url("/nope/sitemap.xml"), CrawlTesting.fast());
        assertThatThrownBy(() -> missing.read(Map.of(), new RecordingSink()))
                .isInstanceOf(SourceException.class).hasMessageContaining("HTTP 404");
        SitemapSource refused = new SitemapSource(URI.create("http://127.0.0.1:1/sitemap.xml"), CrawlTesting.fast());
        assertThatThrownBy(() -> refused.read(Map.of(), new RecordingSink())).isInstanceOf(SourceException.class);
    }

    @Test
    void theBodyIsDeliveredAsUtf8() throws Exception {
        RecordingSink sink = new RecordingSink();
        source().read(Map.of(), sink);
        byte[] body = sink.accepted.get("sofa-weekly-20990103").body();
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("每周读者问答提炼");
    }
}
