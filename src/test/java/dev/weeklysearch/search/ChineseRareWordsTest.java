package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Chinese clause's rare word decides, not the single characters and question words around it: SmartCN cuts
 * 快照太大怎么办 into 快照 / 太 / 大 / 怎么办, and an entry holding 太, 大 and 怎么办 must not pass for one holding
 * 快照, nor outrank it.
 */
class ChineseRareWordsTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/rare-chinese-words");

    @Test
    void theRareWordOutranksSingleCharactersAndAQuestionWord() throws IOException {
        // The entries about logs and leader changes hold jraft, 太, 大 and 怎么办, but no 快照.
        assertThat(fixture.titles("jraft 快照太大怎么办")).first().asString().contains("快照");
    }

    @Test
    void aSingleCharacterAloneFindsNothing() throws IOException {
        // 大 and 太 alone held 快照太大 before: every hit must hold the snapshot word, or 太大 written together.
        assertThat(fixture.search("快照太大").hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.title() + h.text()).containsAnyOf("快照", "太大"));
    }

    @Test
    void aQuestionWordIsNotAWordToHold() throws IOException {
        // 怎么办 asks, as 怎么 does: counted as a word, only entries holding it beside 快照 matched every word.
        assertThat(fixture.search("jraft 快照怎么办").relaxed()).isFalse();
        assertThat(fixture.titles("jraft 快照怎么办")).first().asString().contains("快照");
    }
}
