package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question no entry answers word for word, typed with Chinese function words between its names
 * ("seata 和 dubbo 怎么一起用"): the function words typed as words of their own do not count among
 * the words an entry must hold, so the entry holding both names leads, not one holding a name and 和.
 */
class ChineseFunctionWordsTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/chinese-function-words");

    private static List<String> titles(String q) throws IOException {
        SearchResult r = fixture.search(q);
        assertThat(r.relaxed()).as("no entry holds every word of %s", q).isTrue();
        return r.hits().stream().map(Hit::title).toList();
    }

    @Test
    void twoNamesOutrankANameWithFunctionWords() throws IOException {
        // 和 typed alone is a function word: counted as a word, an entry with Seata and 和 held two of four.
        assertThat(titles("seata 和 dubbo 怎么一起用")).first().asString().contains("Dubbo");
    }
}
