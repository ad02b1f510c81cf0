package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English question about an article whose title is Chinese: the English slug of the post it
 * links to ({@code /blog/message-redelivery-design-tradeoffs/}) names it, so the English words find
 * it, below entries that hold the words themselves.
 */
class SlugWordsSearchTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/slug-words");

    @Test
    void theEnglishWordsOfALinkedSlugFindTheChineseArticle() throws IOException {
        assertThat(fixture.titles("message redelivery design")).containsExactly("消息重投机制的设计与取舍");
        assertThat(fixture.titles("sofarpc thread pool isolation")).first().isEqualTo("SOFARPC 线程池隔离实现剖析");
    }

    @Test
    void anOpaqueAddressNamesNothing() throws IOException {
        // The WeChat link's query string is no slug: "biz" and "mid" are in no entry.
        assertThat(fixture.titles("biz mid")).isEmpty();
    }
}
