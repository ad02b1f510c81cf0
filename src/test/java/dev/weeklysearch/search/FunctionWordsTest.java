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
 * An English question around the words it looks for ("how to use seata with dubbo"): the entry
 * holding its content words ranks above one holding only its function words and nothing else.
 */
class FunctionWordsTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(FunctionWordsTest.class.getResource("/function-words").toURI()), tmp);
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
