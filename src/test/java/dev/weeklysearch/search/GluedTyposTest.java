package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A project name misspelt and typed against Chinese words without a space finds what the right
 * spelling finds; an asker's Chinese name with one wrong character finds their question.
 */
class GluedTyposTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/glued-typos");

    private static String first(String q) throws IOException {
        SearchResult r = fixture.search(q);
        assertThat(r.hits()).as(q).isNotEmpty();
        return r.hits().get(0).title();
    }

    @Test
    void aMisspeltNameGluedToChineseIsCorrected() throws IOException {
        assertThat(first("layoto在windows编译")).contains("Windows");
        // A transposition, and Chinese words the question does not hold (容器 is in the answer only).
        assertThat(first("occlmu和虚拟机比有啥优势")).contains("Occlum");
        // Two edits in a long name (a transposition and a missing letter).
        assertThat(first("sofaregsitr客户端断开")).contains("SOFARegistry");
    }

    @Test
    void aGluedNameSpeltRightIsSearchedAsBefore() throws IOException {
        assertThat(first("layotto在windows编译")).contains("Windows");
        assertThat(fixture.search("occlum和虚拟机").hits()).isNotEmpty();
    }

    @Test
    void aChineseNameWithOneWrongCharacterFindsTheAsker() throws IOException {
        // 岳青淞 for 岳青松: the other 岳 shares one character only, and ranks below.
        SearchResult r = fixture.search("岳青淞");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).asker()).isEqualTo("岳青松");
        assertThat(r.hits()).noneMatch(h -> h.asker().equals("岑晓雨"));
    }

    @Test
    void aFourLetterProjectNameWithATypoIsCorrected() throws IOException {
        assertThat(first("mosm")).contains("监听端口");
        assertThat(first("mosm的端口")).contains("监听端口");
        assertThat(fixture.search("mosm").suggestion()).isEqualTo("mosn");
        // "Did you mean" corrects the word where it sits, glued to the Chinese.
        assertThat(fixture.search("mosm的端口").suggestion()).isEqualTo("mosn的端口");
        assertThat(fixture.search("layoto在windows编译").suggestion()).isEqualTo("layotto在windows编译");
    }

    @Test
    void aNameWithOneWrongCharacterOutranksItsCharactersScatteredThroughAText() throws IOException {
        // The reading list's text holds 钱, 明, 园 and 远, apart; the asker 钱明远 is one character off.
        SearchResult r = fixture.search("钱明园");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).asker()).isEqualTo("钱明远");
    }
}
