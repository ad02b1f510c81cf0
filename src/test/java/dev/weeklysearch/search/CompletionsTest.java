package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completions over the fixture index: phrases as the titles write them, never index terms. */
class CompletionsTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;
    static List<String> written = new ArrayList<>();

    @BeforeAll
    static void index() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        searcher = Searcher.open(tmp);
        written = storedTitlesAndProjects(tmp);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    @Test
    void aPrefixCompletesToPhrasesAsWrittenWhateverItsCase() throws IOException {
        assertThat(searcher.suggest("sofaj", 8)).contains("SOFAJRaft");
        assertThat(searcher.suggest("SOFAJ", 8)).contains("SOFAJRaft");
        assertThat(searcher.suggest("multi", 8)).contains("Multi-Raft");
    }

    @Test
    void everyCompletionAppearsVerbatimInATitleOrIsAProject() throws IOException {
        List<String> seen = new ArrayList<>();
        for (String prefix : prefixes()) {
            for (String c : searcher.suggest(prefix, 8)) {
                seen.add(c);
                assertThat(written).as("'" + c + "' (for '" + prefix + "') as written somewhere")
                        .anyMatch(w -> w.contains(c));
            }
        }
        assertThat(seen).hasSizeGreaterThan(5);
    }

    @Test
    void nothingToCompleteIsAnEmptyList() throws IOException {
        assertThat(searcher.suggest("  ", 8)).isEmpty();
        assertThat(searcher.suggest("zqxwv", 8)).isEmpty();
    }

    static List<String> prefixes() {
        List<String> out = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            out.add(String.valueOf(c));
        }
        out.addAll(List.of("se", "sofa", "spring", "ja", "mo", "分", "事", "发", "版"));
        return out;
    }

    /** Every entry's title and project name, read from the index. */
    static List<String> storedTitlesAndProjects(Path index) throws IOException {
        List<String> out = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); IndexReader reader = DirectoryReader.open(dir)) {
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                var d = reader.storedFields().document(doc);
                for (String field : List.of(Schema.TITLE, Schema.PROJECT)) {
                    if (d.get(field) != null) {
                        out.add(d.get(field));
                    }
                }
            }
        }
        return out;
    }
}
