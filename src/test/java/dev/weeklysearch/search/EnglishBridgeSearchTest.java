package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * English questions about answers written only in Chinese: the bridge reads "deadlock" as 死锁 (CC-CEDICT) and
 * "plugin" as 插件 (ECDICT), and the fixture post's questions and answers hold no English word at all.
 */
class EnglishBridgeSearchTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/english-bridge");

    @Test
    void anEnglishWordFindsTheAnswerWrittenOnlyInChinese() throws IOException {
        assertThat(fixture.titles("deadlock")).first().asString().contains("死锁");
        assertThat(fixture.titles("idempotent")).first().asString().contains("幂等");
    }

    @Test
    void aTranslationMatchesAsAWordNotByOneOfItsCharacters() throws IOException {
        // SmartCN cuts 死锁 into 死 and 锁; the question about the global lock holds 锁 alone.
        assertThat(fixture.titles("deadlock")).isNotEmpty().noneMatch(t -> t.contains("全局锁"));
    }

    @Test
    void anEnglishQuestionRanksTheTranslatedAnswerFirst() throws IOException {
        assertThat(fixture.titles("how to troubleshoot a deadlock between branch transactions")).first().asString()
                .contains("死锁");
    }

    @Test
    void aTranslatedAnswerIsMarkedInTheSnippet() throws IOException {
        Hit first = fixture.search("deadlock").hits().get(0);
        assertThat(String.join(" ", first.highlights().values())).contains("死锁");
    }

    @Test
    void severalWordsAreLookedUpAsOneGlossFirst() throws IOException {
        // "circuit" and "breaker" alone name nothing the post holds; "circuit breaker" is 熔断机制.
        assertThat(fixture.titles("circuit breaker")).first().asString().contains("熔断机制");
    }

    @Test
    void aTermOnlyEcdictTranslatesFindsTheChineseAnswer() throws IOException {
        // CC-CEDICT has no "plugin", "tracing" or "global lock"; ECDICT gives 插件, 跟踪 ([计]) and 全局锁 ([计]).
        assertThat(fixture.titles("plugin")).first().asString().contains("插件");
        assertThat(fixture.titles("tracing")).first().asString().contains("跟踪");
        assertThat(fixture.titles("global lock")).first().asString().contains("全局锁");
    }

    @Test
    void anEcdictComputingSenseComesBeforeCedictsOwn() throws IOException {
        // CC-CEDICT reads "startup" as 初创 (a young company), which the post also holds; ECDICT's [计] 启动 comes first.
        assertThat(fixture.titles("startup")).first().asString().contains("启动");
    }

    @Test
    void translationsTheIndexDoesNotHoldLeaveRoomForOneItDoes() throws IOException {
        // The dictionary lists 优雅 eighth for "graceful"; the seven before it are in no entry of the post.
        assertThat(fixture.titles("graceful")).first().asString().contains("优雅");
    }
}
