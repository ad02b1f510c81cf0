package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code project=} goes through the project table: any of a project's names filters on it, an unknown one is refused. */
class ProjectFilterTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        searcher = Searcher.open(tmp);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static List<String> ids(String project) throws IOException {
        return searcher.search(SearchRequest.of("发布", null, "50", null, project, null, null)).hits().stream()
                .map(Hit::id).toList();
    }

    @Test
    void anyNameOfAProjectFiltersOnItsCanonicalName() throws IOException {
        List<String> canonical = ids("SOFAJRaft");
        assertThat(canonical).isNotEmpty().hasSizeLessThan(ids(null).size());
        for (String name : List.of("jraft", "JRaft", "sofa-jraft", " sofajraft ", "SOFA JRaft", "RheaKV")) {
            assertThat(ids(name)).as(name).isEqualTo(canonical);
        }
        assertThat(SearchRequest.of("x", null, null, null, "jraft", null, null).project()).isEqualTo("SOFAJRaft");
    }

    @Test
    void anAbsentProjectFiltersNothing() {
        assertThat(SearchRequest.of("x", null, null, null, "", null, null).project()).isEmpty();
        assertThat(SearchRequest.of("x", null, null, null, "  ", null, null).project()).isEmpty();
        assertThat(SearchRequest.of("x").project()).isEmpty();
    }

    @Test
    void anUnknownProjectIsRefusedWithTheKnownNames() {
        for (String name : List.of("nosuch", "https", "SOFAStack")) {
            assertThatThrownBy(() -> SearchRequest.of("x", null, null, null, name, null, null)).as(name)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.error()).isEqualTo("bad_project");
                        assertThat(e.getMessage()).contains("'" + name + "'", "SOFAJRaft", "MOSN", "Seata");
                    });
        }
    }
}
