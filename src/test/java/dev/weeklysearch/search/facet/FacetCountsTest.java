package dev.weeklysearch.search.facet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts with reprints across years and filters, through the real indexer and searcher over
 * four fixture posts ({@code src/test/resources/facet-reprints}) that all mention "Quokkabench":
 * <ul>
 *   <li>Q1, a MOSN question printed in 2019, 2020 and 2021;</li>
 *   <li>Q2, a Seata question printed in 2020 and 2021;</li>
 *   <li>Q3, a MOSN question printed once, in 2020;</li>
 *   <li>R1, the MOSN v1.2.3 release printed twice in 2021;</li>
 *   <li>R2, the Seata v0.4.1 release printed once, in 2019.</li>
 * </ul>
 * An entry counts once per value, however many of its reprints carry that value; a dimension's
 * counts ignore its own filter and keep the others.
 */
class FacetCountsTest {
    @TempDir
    static Path index;

    private static Searcher searcher;

    @BeforeAll
    static void open() throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(FacetCountsTest.class.getResource("/facet-reprints").toURI()), index);
        searcher = Searcher.open(index, 3_600_000, 0, false);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String type, String project, String year) throws IOException {
        return searcher.search(SearchRequest.of("Quokkabench", null, null, type, project, year, null));
    }

    @Test
    void eachEntryCountsOnceForEachYearItsReprintsFallIn() throws IOException {
        SearchResult r = search(null, null, null);

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.hits()).hasSize(5);
        assertThat(r.facets().get("type")).containsExactly(entry("qa", 3), entry("release", 2));
        assertThat(r.facets().get("project")).containsExactly(entry("MOSN", 3), entry("Seata", 2));
        assertThat(r.facets().get("year")).containsExactly(entry("2020", 3), entry("2021", 3), entry("2019", 2));
    }

    @Test
    void aYearFilterKeepsTheReprintsOfThatYearAndCountsEveryYear() throws IOException {
        SearchResult r = search(null, null, "2020");

        assertThat(r.total()).isEqualTo(3);
        assertThat(r.facets().get("type")).containsExactly(entry("qa", 3));
        assertThat(r.facets().get("project")).containsExactly(entry("MOSN", 2), entry("Seata", 1));
        assertThat(r.facets().get("year")).containsExactly(entry("2020", 3), entry("2021", 3), entry("2019", 2));
    }

    @Test
    void aTypeAndAYearFilterEachCountPastTheirOwnDimension() throws IOException {
        SearchResult r = search("qa", null, "2021");

        assertThat(r.total()).isEqualTo(2);
        assertThat(r.facets().get("type")).containsExactly(entry("qa", 2), entry("release", 1));
        assertThat(r.facets().get("project")).containsExactly(entry("MOSN", 1), entry("Seata", 1));
        assertThat(r.facets().get("year")).containsExactly(entry("2020", 3), entry("2021", 2), entry("2019", 1));
    }

    @Test
    void aProjectAndAnEarlyYearLeaveOneReprintedQuestion() throws IOException {
        SearchResult r = search(null, "MOSN", "2019");

        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits()).singleElement().satisfies(h -> assertThat(h.post().slug()).isEqualTo("sofa-weekly-20190301"));
        assertThat(r.facets().get("type")).containsExactly(entry("qa", 1));
        assertThat(r.facets().get("project")).containsExactly(entry("MOSN", 1), entry("Seata", 1));
        assertThat(r.facets().get("year")).containsExactly(entry("2020", 2), entry("2021", 2), entry("2019", 1));
    }

    @Test
    void aValueNoEntryHoldsFiltersEverythingOutAndStillCountsTheOtherDimensions() throws IOException {
        SearchResult r = search("event", null, null);

        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
        assertThat(r.facets().get("type")).containsExactly(entry("qa", 3), entry("release", 2));
        assertThat(r.facets().get("project")).isEqualTo(Map.of());
        assertThat(r.facets().get("year")).isEqualTo(Map.of());
    }
}
