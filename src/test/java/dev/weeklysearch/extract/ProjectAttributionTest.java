package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An entry's project comes from its label, tag, question, heading or answer, in that order, and never from a URL. */
class ProjectAttributionTest {
    private final List<Entry> qa = Fixtures.ofKind(Fixtures.entries("qa-projects"), EntryType.QA);
    private final List<Entry> releases = Fixtures.ofKind(Fixtures.entries("release-headings"), EntryType.RELEASE);

    private String projectOf(String asker) {
        return qa.stream().filter(e -> e.asker().equals(asker)).findFirst()
                .orElseThrow(() -> new AssertionError(asker)).project();
    }

    @Test
    void aLinkNeverNamesAProject() {
        assertThat(projectOf("只有链接")).isEmpty();
    }

    @Test
    void aTagNamingNoProjectGivesWayToTheQuestion() {
        assertThat(projectOf("社区标签")).isEqualTo("SOFAJRaft");
    }

    @Test
    void theTagLineBeatsAProjectTheQuestionNamesMoreOften() {
        assertThat(projectOf("标签优先")).isEqualTo("SOFAJRaft");
    }

    @Test
    void theQuestionsMostMentionedProjectWins() {
        assertThat(projectOf("最常提到")).isEqualTo("SOFAArk");
    }

    @Test
    void aGroupHeaderNamesTheProjectOfItsAskersUntilTheNextNumberedEntry() {
        assertThat(projectOf("分组里的人")).isEqualTo("SOFARegistry");
        assertThat(projectOf("分组之后")).isEqualTo("Seata");
    }

    @Test
    void aPartNamesItsProject() {
        assertThat(projectOf("组件名")).isEqualTo("SOFAJRaft");
    }

    @Test
    void anEntryThatNamesNoProjectHasNone() {
        assertThat(projectOf("无项目")).isEmpty();
    }

    @Test
    void theIssueHeaderLabelBeatsTheAnswer() {
        assertThat(projectOf("someone")).isEqualTo("SOFATracer");
    }

    @Test
    void everyProjectIsACanonicalNameOrEmpty() {
        assertThat(qa).extracting(Entry::project)
                .allMatch(p -> p.isEmpty() || dev.weeklysearch.analysis.Projects.names().contains(p));
    }

    @Test
    void aReleaseWithoutAProjectNameTakesTheProjectOfItsHeading() {
        assertThat(releases).extracting(Entry::title).containsExactly(
                "SOFAJRaft 1.3.10", "MOSN 1.2.0", "Holmes 1.1", "Layotto 0.5.0", "SOFAArk 3.1.2", "SOFARPC 5.9.1");
        assertThat(releases).extracting(Entry::project).containsExactly(
                "SOFAJRaft", "MOSN", "Holmes", "Layotto", "SOFAArk", "SOFARPC");
        assertThat(releases.getFirst().changes()).containsExactly("修复某个选举问题");
    }

    @Test
    void aReleaseWithoutAProjectUnderNoProjectsHeadingIsNoRelease() {
        assertThat(releases).noneMatch(e -> e.versions().contains("2.0.0"));
    }
}
