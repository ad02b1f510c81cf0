package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private final Synonyms synonyms = Synonyms.of(List.of(List.of("线程池", "Thread Pool"), List.of("蚂蚁", "ant group")));

    @Test
    void findsAFormInsideARunOfChineseAndAcrossLatinWords() {
        assertThat(synonyms.find("线程池怎么配置")).containsExactly(new Synonyms.Match(0, 3, 0));
        assertThat(synonyms.find("mosn THREAD  pool 蚂蚁")).containsExactly(new Synonyms.Match(5, 17, 0),
                new Synonyms.Match(18, 20, 1));
        assertThat(synonyms.find("綫程池")).as("traditional characters fold").hasSize(1);
        assertThat(synonyms.find("thread pools threadpool 线程")).isEmpty();
    }

    @Test
    void noGroupsFindNothingWithoutAnalysing() {
        assertThat(Synonyms.of(List.of(List.of("only one")))).isSameAs(Synonyms.NONE);
        assertThat(Synonyms.NONE.find("线程池")).isEmpty();
        assertThat(Synonyms.NONE.isEmpty()).isTrue();
    }

    @Test
    void aTermWithNothingToSearchIsNamed() {
        assertThatThrownBy(() -> Synonyms.of(List.of(List.of("线程池", "!!!"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'!!!'");
    }
}
