package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventArticleExtractionTest {
    private final List<Entry> entries = Fixtures.entries("events-articles");

    @Test
    void splitsCommunityMeetingSectionOnProjectLabels() {
        List<Entry> events = Fixtures.ofKind(entries, EntryType.EVENT);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).title()).isEqualTo("Layotto 测试会议");
        assertThat(events.get(0).text()).contains("某个议题").doesNotContain("SOFAArk 测试月会");
        assertThat(events.get(1).title()).isEqualTo("SOFAArk 测试月会");
        assertThat(events.get(1).links()).extracting(Link::url).containsExactly("https://meeting.example.org/j/1");
    }

    @Test
    void pseudoTagStaysText() {
        Entry live = Fixtures.ofKind(entries, EntryType.EVENT).get(2);
        assertThat(live.text()).contains("<SOFA:Channel/>线上直播第 99 期");
        assertThat(live.anchor()).isEqualTo("sofa-活动推荐");
    }

    @Test
    void titleLineFollowedByImageLinkIsOneArticle() {
        List<Entry> articles = Fixtures.ofKind(entries, EntryType.ARTICLE);
        assertThat(articles).extracting(Entry::title).containsExactly("第一篇图片链接文章", "第二篇图片链接文章", "三篇文章");
        assertThat(articles.get(0).links()).extracting(Link::url).containsExactly("https://example.org/post1");
        assertThat(articles.get(1).links()).extracting(Link::url).containsExactly("https://example.org/post2");
    }

    @Test
    void imageOnlyContributorSectionGivesNoEntryButTaskListIsOther() {
        assertThat(entries).noneMatch(e -> e.section().contains("Contributor"));
        List<Entry> other = Fixtures.ofKind(entries, EntryType.OTHER);
        assertThat(other).hasSize(1);
        assertThat(other.getFirst().text()).contains("为某个组件补充测试");
    }
}
