package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Per-post counts, askers and releases counted by hand from the raw Markdown of shared posts. */
class TruthTableTest {

    static Stream<String[]> rows() throws IOException {
        try (InputStream in = TruthTableTest.class.getResourceAsStream("/extract/truth.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Arrays.copyOf(l.split("\t", -1), 5))
                    .toList().stream();
        }
    }

    private static List<String> list(String cell) {
        return cell == null || cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(s -> s.equals("-") ? "" : s).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void extractorMatchesHandCountedTruth(String slug, String qa, String releases, String askers, String released)
            throws Exception {
        Path file = CorpusSupport.corpus().resolve(slug + ".md");
        List<Entry> entries = new Extractor().extract(CorpusSupport.raw(file)).entries();
        List<Entry> qas = entries.stream().filter(e -> e.type() == EntryType.QA).toList();
        List<Entry> rels = entries.stream().filter(e -> e.type() == EntryType.RELEASE).toList();
        assertThat(qas).as("qa count").hasSize(Integer.parseInt(qa));
        assertThat(rels).as("release count").hasSize(Integer.parseInt(releases));
        assertThat(qas).extracting(Entry::asker).containsExactlyElementsOf(list(askers));
        assertThat(rels).extracting(e -> e.project() + " " + String.join("/", e.versions()))
                .containsExactlyElementsOf(list(released));
    }
}
