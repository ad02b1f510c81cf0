package dev.weeklysearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.analysis.Bridge;
import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bridge's translations as the query compiler uses them, over an index of the english-bridge fixture post. */
class BridgeClausesTest {
    private static Path index;
    private static DirectoryReader reader;
    private static Commit commit;
    private static final Bridge BRIDGE = Bridge.load();
    private final QueryFactory factory = new QueryFactory(new TypoAutomata.Recent());

    @BeforeAll
    static void build() throws IOException, URISyntaxException {
        index = Files.createTempDirectory("weekly-search-bridge");
        FixtureIndex.build(Path.of(BridgeClausesTest.class.getResource("/english-bridge").toURI()), index);
        reader = DirectoryReader.open(FSDirectory.open(index));
        commit = new Commit(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private CompiledQuery bridged(String text) {
        return factory.compile(text, Synonyms.NONE, BRIDGE, commit.terms());
    }

    private CompiledQuery plain(String text) {
        return factory.compile(text, Synonyms.NONE);
    }

    @Test
    void aTranslationTheIndexDoesNotHoldAddsNothing() {
        // The dictionary reads "snapshot" as 快照, which no entry of the fixture holds.
        assertThat(BRIDGE.chinese(java.util.List.of("snapshot"))).contains("快照");
        assertThat(bridged("snapshot size").strict()).isEqualTo(plain("snapshot size").strict());
        assertThat(bridged("snapshot size").words()).isEqualTo(plain("snapshot size").words());
    }

    @Test
    void aHeldTranslationStaysInsideItsWordsClause() {
        CompiledQuery q = bridged("deadlock troubleshooting");
        // Still two clauses and two words: the translation is one more reading of "deadlock", not a third word.
        assertThat(q.strict()).hasSize(2);
        assertThat(q.words()).hasSize(2);
        assertThat(q.strict().get(0)).isNotEqualTo(plain("deadlock troubleshooting").strict().get(0));
        // The semantic side reads the visitor's text only.
        assertThat(q.embedded()).isEqualTo("deadlock troubleshooting");
    }

    @Test
    void projectNamesAndFunctionWordsAreNotTranslated() {
        // "mosn" is a project, "with" a function word; neither is looked up, even if a dictionary knew them.
        assertThat(bridged("with mosn").strict()).isEqualTo(plain("with mosn").strict());
    }
}
