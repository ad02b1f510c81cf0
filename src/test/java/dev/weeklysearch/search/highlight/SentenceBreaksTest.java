package dev.weeklysearch.search.highlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {
    private static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    @Test
    void chineseSentencesEndAfterTheirMarksAndClosingQuotes() {
        assertThat(sentences("升级到 0.6.0 了吗？可以的。他说：“好！”然后走了"))
                .containsExactly("升级到 0.6.0 了吗？", "可以的。", "他说：“好！”", "然后走了");
    }

    @Test
    void aFullStopEndsASentenceOnlyBeforeASpace() {
        assertThat(sentences("See seata.io for v1.5.2 docs. Then ask! Or not?  Fine"))
                .containsExactly("See seata.io for v1.5.2 docs. ", "Then ask! ", "Or not?  ", "Fine");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(sentences("第一行\r\n第二行\n\n- 列表")).containsExactly("第一行\r\n", "第二行\n", "\n", "- 列表");
    }

    @Test
    void followingAndPrecedingFindTheNearestBoundariesAndStopAtTheEnds() {
        String text = "一句。两句。三句";
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        assertThat(it.following(0)).isEqualTo(3);
        assertThat(it.following(3)).isEqualTo(6);
        assertThat(it.following(4)).isEqualTo(6);
        assertThat(it.current()).isEqualTo(6);
        assertThat(it.following(7)).isEqualTo(text.length());
        assertThat(it.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(5)).isEqualTo(3);
        assertThat(it.preceding(3)).isEqualTo(0);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.isBoundary(6)).isTrue();
        assertThat(it.isBoundary(5)).isFalse();
        it.last();
        assertThat(it.previous()).isEqualTo(6);
        assertThat(it.next(-2)).isEqualTo(0);
        assertThat(it.next(2)).isEqualTo(6);
        assertThatThrownBy(() -> it.following(text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCharacterIteratorGivesTheSameBoundariesAsItsString() {
        String text = "问题：怎么配置？回答：看文档。";
        BreakIterator fromIterator = new SentenceBreaks();
        fromIterator.setText(new StringCharacterIterator(text));
        List<Integer> bounds = new ArrayList<>();
        for (int b = fromIterator.first(); b != BreakIterator.DONE; b = fromIterator.next()) {
            bounds.add(b);
        }
        assertThat(bounds).containsExactly(0, 8, 15);
        assertThat(sentences(text)).containsExactly("问题：怎么配置？", "回答：看文档。");
    }

    @Test
    void aHugeTextWithoutMarksIsOneSentence() {
        String text = "分布式事务".repeat(40_000);
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        assertThat(it.following(100_000)).isEqualTo(text.length());
        assertThat(it.preceding(100_000)).isEqualTo(0);
    }
}
