package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QaExtractionTest {
    private final List<Entry> entries = Fixtures.entries("qa-shapes");
    private final List<Entry> qa = Fixtures.ofKind(entries, EntryType.QA);

    private Entry byAsker(String asker) {
        return qa.stream().filter(e -> e.asker().equals(asker)).findFirst().orElseThrow(() -> new AssertionError(asker));
    }

    @Test
    void oneEntryPerAskerBlockAndGroupHeadersCountZero() {
        assertThat(qa).extracting(Entry::asker).containsExactly(
                "甲乙丙", "丁戊", "己庚", "辛壬", "癸子", "", "丑寅", "我是一个小胖子", "卯辰", "巳午", "未申");
    }

    @Test
    void splitsFollowUpRoundsIntoOneEntry() {
        Entry e = byAsker("甲乙丙");
        assertThat(e.question()).isEqualTo("第一问：选举超时怎么配置？");
        assertThat(e.answer()).isEqualTo("在 NodeOptions 里设置 electionTimeoutMs。");
        assertThat(e.rounds()).containsExactly(
                new Round("追问：那心跳间隔呢？", "心跳间隔由选举超时推算。"), new Round("好的，谢谢。", ""));
        assertThat(e.title()).isEqualTo("第一问：选举超时怎么配置？");
    }

    @Test
    void projectTagLineIsMetadataNotAnswer() {
        Entry e = byAsker("甲乙丙");
        assertThat(e.project()).isEqualTo("SOFAJRaft");
        assertThat(e.rounds().getLast().answer()).doesNotContain("github");
        assertThat(byAsker("我是一个小胖子").project()).isEqualTo("MOSN");
        assertThat(byAsker("癸子").project()).isEqualTo("Seata");
        assertThat(byAsker("癸子").answer()).doesNotContain("Seata");
    }

    @Test
    void answerPulledIntoBlockquoteByLazyContinuationIsStillAnswer() {
        Entry e = byAsker("丁戊");
        assertThat(e.question()).isEqualTo("懒惰续行的问题怎么处理？");
        assertThat(e.answer()).isEqualTo("答案紧贴在引用下面。\n答案的第二行也在这里。");
    }

    @Test
    void splitsQuestionAndAnswerOnOneLine() {
        Entry e = byAsker("己庚");
        assertThat(e.question()).isEqualTo("问题和答案在同一行吗？答案前有句号。");
        assertThat(e.answer()).isEqualTo("是的，在同一行。");
    }

    @Test
    void brJoinedAnswersAndHalfWidthColonAndNoBreakSpace() {
        assertThat(byAsker("癸子").answer()).isEqualTo("分组回答二。\n同一行的第二个回答。");
        assertThat(byAsker("辛壬").answer()).isEqualTo("半角冒号的回答。");
        assertThat(byAsker("丁戊")).isNotNull();
        assertThat(byAsker("甲乙丙").answer()).doesNotStartWith(" ");
    }

    @Test
    void topicTitledBlockWithoutAskerCountsOnce() {
        Entry e = qa.get(5);
        assertThat(e.asker()).isEmpty();
        assertThat(e.question()).isEqualTo("主题问题的内容");
        assertThat(e.text()).contains("关于事务分组的配置");
    }

    @Test
    void unansweredQuestionIsAnEntryWithEmptyAnswer() {
        Entry e = byAsker("丑寅");
        assertThat(e.question()).isEqualTo("这个问题没有人回答。");
        assertThat(e.answer()).isEmpty();
    }

    @Test
    void numberedNoticeWithoutAskerOrAnswerIsOther() {
        List<Entry> other = Fixtures.ofKind(entries, EntryType.OTHER);
        assertThat(other).hasSize(1);
        assertThat(other.getFirst().text()).startsWith("6、之前有同学问到");
        assertThat(other.getFirst().links()).extracting(Link::url).containsExactly("https://example.org/doc");
    }

    @Test
    void askerShapesWithoutAtOrColonOrWithLiteralBold() {
        assertThat(byAsker("卯辰").answer()).isEqualTo("重复的回答标记。");
        assertThat(byAsker("巳午").question()).isEqualTo("提问在粗体里面");
        assertThat(byAsker("未申").answer()).isEqualTo("字面星号也能识别。");
    }

    @Test
    void idsCountPerKindInDocumentOrder() {
        assertThat(qa).extracting(Entry::id).startsWith("qa-shapes/qa-1", "qa-shapes/qa-2");
        assertThat(qa.getLast().id()).isEqualTo("qa-shapes/qa-11");
        assertThat(Fixtures.ofKind(entries, EntryType.ARTICLE)).extracting(Entry::id)
                .containsExactly("qa-shapes/article-1", "qa-shapes/article-2");
    }

    @Test
    void boilerplateIsStripped() {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.text()).doesNotContain("Scalable Open Financial", "第二行继续介绍", "SOFA WEEKLY",
                    "欢迎大家向公众号", "我们会筛选", "扫码关注", "同步开源进展");
            assertThat(e.text()).isNotBlank();
        });
    }

    @Test
    void frontMatterGivesCleanTitleDateTagsAndUrl() {
        Post post = entries.getFirst().post();
        assertThat(post.title()).isEqualTo("SOFA Weekly | 测试问答");
        assertThat(post.date()).hasToString("2020-03-06");
        assertThat(post.tags()).containsExactly("SOFA Weekly", "测试");
        assertThat(post.url()).isEqualTo("https://www.sofastack.tech/blog/qa-shapes/");
    }

    @Test
    void articleLinksSkipEmptyGlitchAndResolveRelativeUrls() {
        List<Entry> articles = Fixtures.ofKind(entries, EntryType.ARTICLE);
        assertThat(articles.get(1).title()).isEqualTo("第二篇文章");
        assertThat(articles.get(1).links()).extracting(Link::url)
                .containsExactly("https://www.sofastack.tech/blog/sofa-test-2/");
    }

    @Test
    void issueStyleEntriesInEveryHeaderVariant() {
        List<Entry> issues = Fixtures.ofKind(Fixtures.entries("issues"), EntryType.QA);
        assertThat(issues).extracting(Entry::asker).containsExactly("alice", "bob", "carol", "dave", "erin", "frank");
        assertThat(issues).extracting(Entry::issue).containsExactly(101, 202, 303, 404, 505, 606);
        Entry last = issues.getLast();
        assertThat(last.project()).isEqualTo("SOFAJRaft");
        assertThat(last.question()).isEqualTo("项目在前，提问者在下一行");
        assertThat(issues).allSatisfy(e -> assertThat(e.answer()).isNotEmpty());
    }
}
