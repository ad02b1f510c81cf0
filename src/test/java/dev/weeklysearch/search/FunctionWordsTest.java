package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An English question around the words it looks for ("how to use seata with dubbo"): the entry
 * holding its content words ranks above one holding only its function words and nothing else.
 */
class FunctionWordsTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/function-words");

    @Test
    void theContentWordsOfAnEnglishQuestionOutrankItsFunctionWords() throws IOException {
        assertThat(fixture.titles("how to use seata with dubbo")).first().asString().contains("Dubbo");
        assertThat(fixture.titles("What is the way to use Seata with Dubbo?")).first().asString().contains("Dubbo");
    }

    @Test
    void functionWordsAloneOrQuotedStillSearch() throws IOException {
        assertThat(fixture.titles("how to")).first().asString().contains("How to run the sidecar");
        assertThat(fixture.titles("\"how to run\"")).first().asString().contains("How to run the sidecar");
    }
}
