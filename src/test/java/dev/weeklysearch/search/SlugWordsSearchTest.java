package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
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

    private static List<String> titles(String q) throws IOException {
        return fixture.search(q).hits().stream().map(Hit::title).toList();
    }

    @Test
    void theEnglishWordsOfALinkedSlugFindTheChineseArticle() throws IOException {
        assertThat(titles("message redelivery design")).containsExactly("消息重投机制的设计与取舍");
        assertThat(titles("sofarpc thread pool isolation")).first().isEqualTo("SOFARPC 线程池隔离实现剖析");
    }

    @Test
    void anOpaqueAddressNamesNothing() throws IOException {
        // The WeChat link's query string is no slug: "biz" and "mid" are in no entry.
        assertThat(titles("biz mid")).isEmpty();
    }
}
