package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English question about an article whose title is Chinese: the English slug of the post it
 * links to ({@code /blog/message-redelivery-design-tradeoffs/}) names it, so the English words find
 * it, below entries that hold the words themselves.
 */
class SlugWordsSearchTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(SlugWordsSearchTest.class.getResource("/slug-words").toURI()), tmp);
        searcher = Searcher.open(tmp, 60_000, 0, false);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> titles(String q) throws IOException {
        return searcher.search(SearchRequest.of(q)).hits().stream().map(Hit::title).toList();
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
