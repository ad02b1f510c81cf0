package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An asker's Latin handle typed with a typo finds their question, as a misspelt project name does. */
class AskerTyposTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(AskerTyposTest.class.getResource("/asker-typos").toURI()), tmp);
        searcher = Searcher.open(tmp, 60_000, 0, false);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(SearchRequest.of(q));
    }

    @Test
    void aHandleWithATypoFindsTheAskersQuestion() throws IOException {
        assertThat(search("wanderlust").hits()).first().satisfies(h -> assertThat(h.title()).contains("类加载器"));
        for (String typo : new String[] {"wandrelust", "wanderlsut", "wanderlust类加载器".substring(0, 9) + "x"}) {
            SearchResult r = search(typo);
            assertThat(r.hits()).as(typo).isNotEmpty();
            assertThat(r.hits().get(0).title()).as(typo).contains("类加载器");
        }
    }

    @Test
    void aHandleTypedRightIsKnownAndGetsNoSuggestion() throws IOException {
        assertThat(search("wanderlust").suggestion()).isNull();
    }
}
