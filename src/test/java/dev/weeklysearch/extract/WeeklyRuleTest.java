package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.source.RawPost;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeeklyRuleTest {
    private final Extractor extractor = new Extractor();

    private static RawPost markdown(String categories, String tags, String title) {
        String fm = "---\ntitle: \"" + title + "\"\n" + (categories == null ? "" : "categories: " + categories + "\n")
                + (tags == null ? "" : "tags: " + tags + "\n") + "date: 2099-01-01T15:00:00+08:00\n---\n\n正文一段。\n";
        return RawPost.ofFile("p", "p.md", fm.getBytes(StandardCharsets.UTF_8), RawPost.Format.MARKDOWN);
    }

    private static RawPost page(String tagLinks, String title) {
        String html = "<html><body><div class=\"ss-meta\"><h1 class=\"title\">" + title + "</h1><div class=\"meta\">"
                + "2099-01-01</div><div class=\"tags\">" + tagLinks + "</div></div><article class=\"typo\"><p>正文一段。</p>"
                + "</article></body></html>";
        return new RawPost("p", "https://example.org/blog/p/", html.getBytes(StandardCharsets.UTF_8), RawPost.Format.HTML,
                "https://example.org/blog/p/", Instant.EPOCH, null, null);
    }

    @Test
    void keepsPostsTaggedOrFiledAsWeeklyInAnySpelling() throws PostException {
        assertThat(extractor.extract(markdown("\"SOFA Weekly\"", "[\"SOFA Weekly\"]", "周报")).post().slug()).isEqualTo("p");
        assertThat(extractor.extract(markdown("\"SOFA WEEKLY\"", "[\"SOFA WEEKLY\"]", "周报")).entries()).isNotEmpty();
        assertThat(extractor.extract(markdown("[\"Other\", \"sofa weekly\"]", null, "周报")).entries()).isNotEmpty();
        assertThat(extractor.extract(markdown(null, "sofa-weekly", "周报")).entries()).isNotEmpty();
    }

    @Test
    void keepsANewsletterFiledUnderAnotherTagByItsTitle() throws PostException {
        assertThat(extractor.extract(markdown("\"SOFAStack\"", "[\"SOFAStack\"]", "SOFAWeekly｜本周精选")).entries()).isNotEmpty();
    }

    @Test
    void keepsAPostThatDeclaresNoTagsNorCategories() throws PostException {
        assertThat(extractor.extract(markdown(null, null, "随便一篇")).entries()).isNotEmpty();
    }

    @Test
    void skipsAPostWithOtherTagsOnly() {
        assertThatThrownBy(() -> extractor.extract(markdown("\"Seata\"", "[\"Seata\"]", "Seata 深度解析")))
                .isInstanceOf(NotWeeklyPost.class).hasMessageContaining("not a weekly post").hasMessageContaining("Seata");
    }

    @Test
    void theRuleComesFromTheConfig() throws PostException {
        Extractor seata = new Extractor(Extractor.DEFAULT_BASE_URL, PageSelectors.defaults(),
                new WeeklyRule(List.of("Seata"), List.of(), List.of()));
        assertThat(seata.extract(markdown("\"Seata\"", "[\"Seata\"]", "Seata 深度解析")).entries()).isNotEmpty();
        assertThatThrownBy(() -> seata.extract(markdown("\"SOFA Weekly\"", "[\"SOFA Weekly\"]", "SOFA Weekly | 周报")))
                .isInstanceOf(NotWeeklyPost.class);
    }

    @Test
    void keepsPagesShowingTheWeeklyTagLink() throws PostException {
        String link = "<a class=\"tag\" href=\"/tags/sofa-weekly/\">#SOFA Weekly</a>";
        assertThat(extractor.extract(page(link, "一篇")).post().tags()).containsExactly("#SOFA Weekly");
        assertThat(extractor.extract(page("<a class=\"tag\" href=\"/tags/sofa-weekly/\">周报</a>", "一篇")).entries())
                .isNotEmpty();
    }

    @Test
    void skipsPagesWithOtherTagsOrNoTagsAtAll() {
        assertThatThrownBy(() -> extractor.extract(page("<a class=\"tag\" href=\"/tags/seata/\">#Seata</a>", "Seata 解析")))
                .isInstanceOf(NotWeeklyPost.class);
        assertThatThrownBy(() -> extractor.extract(page("", "云原生的一年"))).isInstanceOf(NotWeeklyPost.class);
    }

    @Test
    void oddSlugsAreOneEncodedPathSegmentOfTheDeepLink() throws PostException {
        String md = "---\ntitle: t\ndate: 2099-01-01T15:00:00+08:00\n---\n\n正文一段。\n";
        RawPost raw = RawPost.ofFile("a | b (c) & d, e", "x/index.md", md.getBytes(StandardCharsets.UTF_8),
                RawPost.Format.MARKDOWN);
        assertThat(extractor.extract(raw).post().url())
                .isEqualTo(Extractor.DEFAULT_BASE_URL + "a%20%7C%20b%20%28c%29%20%26%20d%2C%20e/");
    }
}
