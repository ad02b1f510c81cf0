package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex killed with SIGKILL in the middle leaves the previous commit whole, and the next run works. */
class ReindexKillTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledReindexLeavesThePreviousIndexServing() throws Exception {
        Path index = tmp.resolve("index");
        Map<String, Integer> before = FixtureIndex.build(FixtureIndex.posts(), index).entriesInIndex();
        long generationBefore = generation(index);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowReindexMain.class.getName(),
                index.toString(), FixtureIndex.posts().toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean started = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("STARTED")) {
                    started = true;
                    break;
                }
            }
            assertThat(started).as("the child reindex started").isTrue();
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(generation(index)).isEqualTo(generationBefore);
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(IndexStats.entriesByType(r)).isEqualTo(before);
        }
        ReindexSummary next = FixtureIndex.build(FixtureIndex.posts(), index);
        assertThat(next.failures()).isEmpty();
        assertThat(next.entriesInIndex()).isEqualTo(before);
    }

    private static long generation(Path index) throws Exception {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getGeneration();
        }
    }
}
