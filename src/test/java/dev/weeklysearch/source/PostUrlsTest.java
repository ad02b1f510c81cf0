package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostUrlsTest {

    @Test
    void slugIsTheLastPathSegment() {
        assertThat(PostUrls.slug(URI.create("https://www.sofastack.tech/blog/sofa-weekly-20190802/")))
                .isEqualTo("sofa-weekly-20190802");
        assertThat(PostUrls.slug(URI.create("https://www.sofastack.tech/blog/sofa-weekly-0327"))).isEqualTo("sofa-weekly-0327");
    }

    @Test
    void aNumericLastSegmentKeepsItsParentAsTheCorpusFileNameDoes() {
        assertThat(PostUrls.slug(URI.create("https://www.sofastack.tech/blog/sofa-weekly/20220923/")))
                .isEqualTo("sofa-weekly-20220923");
    }

    @Test
    void byDefaultPostsAreBlogPagesOfTheHostButNotListings() {
        PostUrls urls = new PostUrls(CrawlOptions.defaults(), Set.of("www.sofastack.tech"));
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/sofa-weekly-20190802/"))).isTrue();
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/"))).isFalse();
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/page/3/"))).isFalse();
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/tags/sofa-weekly/"))).isFalse();
        assertThat(urls.isPost(URI.create("https://evil.example/blog/x/"))).isFalse();
    }

    @Test
    void includeReplacesTheDefaultAndExcludeAddsToIt() {
        PostUrls urls = new PostUrls(CrawlOptions.defaults().withInclude(List.of("sofa-weekly"))
                .withExclude(List.of("20190802")), Set.of("www.sofastack.tech"));
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/sofa-weekly-20190809/"))).isTrue();
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/sofa-weekly-20190802/"))).isFalse();
        assertThat(urls.isPost(URI.create("https://www.sofastack.tech/blog/sofa-channel-1/"))).isFalse();
    }

    @Test
    void normalizeDropsTheFragmentAndRefusesNonWebUrls() {
        assertThat(PostUrls.normalize(URI.create("HTTPS://www.sofastack.tech/blog/a/#top")))
                .hasToString("https://www.sofastack.tech/blog/a/");
        assertThat(PostUrls.normalize(URI.create("mailto:someone@example.com"))).isNull();
    }
}
