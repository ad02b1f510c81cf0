package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.BenchQueries;
import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety net of a restructuring: the lexical answers to the 1,500 bench queries (the generator
 * of {@code bench queries}, seed 9, drawn at test time from an index of the shared corpus) stay
 * what they were when recorded: hit ids in order, each hit's fields and highlights, total, relaxed,
 * facets and suggestion (not {@code took}).
 *
 * <p>The recorded set, {@value #RESOURCE}, holds no corpus text: one SHA-256 of all the queries,
 * then per query its number and the SHA-256 of its answer's canonical form. Doc ids differ from
 * one index build to the next, so the canonical form names entries by entry id only. To re-record
 * after a deliberate change of answers (say so in the commit):
 * {@code ./mvnw -q test -Dtest=AnswersUnchangedTest -Danswers.record=true}, which rewrites the file
 * in {@code src/test/resources} and passes.
 */
class AnswersUnchangedTest {
    private static final String RESOURCE = "src/test/resources/search/answers.tsv";
    private static final Path SOURCE = Path.of(RESOURCE);
    private static final int COUNT = 1500;
    private static final long SEED = 9;

    @TempDir
    Path tmp;

    @Test
    void theBenchQueriesGetTheRecordedAnswers() throws IOException {
        FixtureIndex.build(FixtureIndex.sharedCorpus(), tmp);
        List<String> queries = BenchQueries.generate(tmp, COUNT, SEED);
        List<String> lines = new ArrayList<>();
        lines.add("queries\t" + sha256(String.join("\n", queries)));
        try (Searcher searcher = Searcher.open(tmp, 60_000, 0, false)) {
            for (int i = 0; i < queries.size(); i++) {
                lines.add(i + "\t" + sha256(canonical(searcher.search(SearchRequest.of(queries.get(i))))));
            }
        }
        if (Boolean.getBoolean("answers.record")) {
            Files.write(SOURCE, lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> recorded = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).as("the generated queries (a changed corpus or generator: re-record)")
                .isEqualTo(recorded.get(0));
        List<String> changed = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (i >= recorded.size() || !lines.get(i).equals(recorded.get(i))) {
                changed.add(queries.get(i - 1));
            }
        }
        assertThat(changed).as("%d of %d queries whose answers changed, the first of them: %s", changed.size(),
                queries.size(), changed.subList(0, Math.min(10, changed.size()))).isEmpty();
        assertThat(lines).hasSameSizeAs(recorded);
    }

    /** Everything an answer says but the time it took, entries named by entry id, maps in their served order. */
    static String canonical(SearchResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.query()).append('\u001e').append(r.total()).append('\u001e').append(r.page()).append('\u001e')
                .append(r.size()).append('\u001e').append(r.relaxed()).append('\u001e').append(r.semantic())
                .append('\u001e').append(r.suggestion()).append('\u001e').append(r.facets());
        for (Hit h : r.hits()) {
            b.append('\u001d').append(h.id()).append('\u001f').append(h.type()).append('\u001f').append(h.title())
                    .append('\u001f').append(h.url()).append('\u001f').append(h.post()).append('\u001f')
                    .append(h.asker()).append('\u001f').append(h.project()).append('\u001f').append(h.versions())
                    .append('\u001f').append(h.text()).append('\u001f').append(h.highlights())
                    .append('\u001f').append(h.alsoIn()).append('\u001f').append(h.match());
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
