package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English question around the words it looks for ("how to use seata with dubbo"): the entry
 * holding its content words ranks above one holding only its function words and nothing else.
 */
class FunctionWordsTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/function-words");

    private static List<String> titles(String q) throws IOException {
        return fixture.search(q).hits().stream().map(Hit::title).toList();
    }

    @Test
    void theContentWordsOfAnEnglishQuestionOutrankItsFunctionWords() throws IOException {
        assertThat(titles("how to use seata with dubbo")).first().asString().contains("Dubbo");
        assertThat(titles("What is the way to use Seata with Dubbo?")).first().asString().contains("Dubbo");
    }

    @Test
    void functionWordsAloneOrQuotedStillSearch() throws IOException {
        assertThat(titles("how to")).first().asString().contains("How to run the sidecar");
        assertThat(titles("\"how to run\"")).first().asString().contains("How to run the sidecar");
    }
}
