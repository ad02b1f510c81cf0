package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An asker's Latin handle typed with a typo finds their question, as a misspelt project name does. */
class AskerTyposTest {
    @RegisterExtension
    static final FixtureSearcher fixture = new FixtureSearcher("/asker-typos");

    private static SearchResult search(String q) throws IOException {
        return fixture.search(q);
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
    void aHandleIsMatchedAsTypedNotAsAStem() throws IOException {
        // "stargazing" stems to "stargaz": a typo two letters from the handle is three from the stem.
        for (String q : new String[] {"stargazing", "stargaznig", "stargazimg"}) {
            SearchResult r = search(q);
            assertThat(r.hits()).as(q).isNotEmpty();
            assertThat(r.hits().get(0).asker()).as(q).isEqualTo("stargazing");
        }
        assertThat(search("stargaznig").suggestion()).isEqualTo("stargazing");
    }

    @Test
    void aHandleTypedRightIsKnownAndGetsNoSuggestion() throws IOException {
        assertThat(search("wanderlust").suggestion()).isNull();
    }
}
