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
 * A question no entry answers word for word, typed with Chinese function words between its names
 * ("seata 和 dubbo 怎么一起用"): the function words typed as words of their own do not count among
 * the words an entry must hold, so the entry holding both names leads, not one holding a name and 和.
 */
class ChineseFunctionWordsTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(ChineseFunctionWordsTest.class.getResource("/chinese-function-words").toURI()), tmp);
        searcher = Searcher.open(tmp, 60_000, 0, false);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> titles(String q) throws IOException {
        SearchResult r = searcher.search(SearchRequest.of(q));
        assertThat(r.relaxed()).as("no entry holds every word of %s", q).isTrue();
        return r.hits().stream().map(Hit::title).toList();
    }

    @Test
    void twoNamesOutrankANameWithFunctionWords() throws IOException {
        // 和 typed alone is a function word: counted as a word, an entry with Seata and 和 held two of four.
        assertThat(titles("seata 和 dubbo 怎么一起用")).first().asString().contains("Dubbo");
    }
}
