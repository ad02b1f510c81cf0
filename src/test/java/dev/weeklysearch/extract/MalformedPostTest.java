package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.source.RawPost;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;

class MalformedPostTest {
    private final Extractor extractor = new Extractor();

    private PostException failure(String text) {
        try {
            extractor.extract(Fixtures.markdown("bad", text));
        } catch (PostException e) {
            return e;
        }
        throw new AssertionError("no PostException for: " + text);
    }

    @Test
    void malformedPostsBecomeTypedExceptionsWithReasons() {
        assertThat(failure("no front matter here").reason()).contains("no front matter");
        assertThat(failure("---\ntitle: [unclosed\n---\nbody\n").reason()).contains("YAML");
        assertThat(failure("---\ntitle: x\n---\nbody\n").reason()).contains("date");
        assertThat(failure("---\ntitle: x\ndate: 2020-01-01T00:00:00+08:00\n---\n\n").reason()).contains("empty body");
        assertThat(failure("---\n- a\n- b\n---\nbody\n").location()).isEqualTo("inline:bad");
    }

    @Test
    void dateIsTheChinaLocalDateWhetherYamlGivesDateOrString() throws PostException {
        String early = "---\ntitle: t\ndate: 2020-01-01T01:00:00+08:00\n---\ntext\n";
        assertThat(extractor.extract(Fixtures.markdown("d", early)).post().date()).hasToString("2020-01-01");
        String quoted = "---\ntitle: t\ndate: \"2020-01-01T01:00:00+08:00\"\n---\ntext\n";
        assertThat(extractor.extract(Fixtures.markdown("d", quoted)).post().date()).hasToString("2020-01-01");
    }

    @Test
    void htmlPagesGoThroughTheSameDomExtraction() throws PostException {
        String html = "<html><body><div class=ss-meta><h1 class=title>SOFA Weekly | SOFA Weekly | 页面</h1>"
                + "<div class=meta>2021-05-07 · 作者</div></div><article class=typo><h3>每周读者问答提炼</h3>"
                + "<p><strong>1、@页面用户</strong> 提问：</p><blockquote><p>页面里的问题\nA：页面里的回答</p></blockquote>"
                + "</article></body></html>";
        RawPost raw = new RawPost("page", "https://example.org/blog/page/", html.getBytes(StandardCharsets.UTF_8),
                RawPost.Format.HTML, "https://example.org/blog/page/", java.time.Instant.EPOCH, null, null);
        Extraction x = extractor.extract(raw);
        assertThat(x.post().title()).isEqualTo("SOFA Weekly | 页面");
        assertThat(x.post().date()).hasToString("2021-05-07");
        assertThat(x.entries()).singleElement().satisfies(e -> {
            assertThat(e.asker()).isEqualTo("页面用户");
            assertThat(e.answer()).isEqualTo("页面里的回答");
            assertThat(e.id()).isEqualTo("page/qa-1");
        });
    }

    @Test
    void pageWithoutContentRootIsAPostException() {
        RawPost raw = new RawPost("p", "u", "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8),
                RawPost.Format.HTML, null, java.time.Instant.EPOCH, null, null);
        assertThatThrownBy(() -> extractor.extract(raw)).isInstanceOf(PostException.class);
    }

    @Test
    void pseudoTagsAreEscapedButHtmlAndAutolinksSurvive() {
        String html = new MarkdownRenderer().render("<SOFA:ArkLab/> and `List<String>` and <https://x.org> and a<br />b List<Foo>\n");
        String text = Jsoup.parseBodyFragment(html).body().text();
        assertThat(text).contains("<SOFA:ArkLab/>", "List<String>", "https://x.org", "List<Foo>");
        assertThat(html).contains("<br />").contains("href=\"https://x.org\"");
    }
}
