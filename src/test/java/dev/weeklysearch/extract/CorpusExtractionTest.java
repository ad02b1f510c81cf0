package dev.weeklysearch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.analysis.Projects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusExtractionTest {
    private static final Pattern ANSWER_LINE = Pattern.compile("^\\s*A\\s*[:：]\\s*(?:A\\s*[:：])?(.*)$");
    private static final Pattern SECTION_LINE = Pattern.compile("^\\s*(#{1,4}\\s|\\*\\*[^*]+\\*\\*(\\s*\\*\\*[^*]+\\*\\*)?\\s*$)");
    private static final Map<Path, Extraction> RESULTS = new LinkedHashMap<>();
    private static final List<String> FAILURES = new ArrayList<>();

    @BeforeAll
    static void extractAll() throws IOException {
        Extractor extractor = new Extractor();
        for (Path file : CorpusSupport.posts()) {
            try {
                RESULTS.put(file, extractor.extract(CorpusSupport.raw(file)));
            } catch (PostException e) {
                FAILURES.add(e.getMessage());
            }
        }
    }

    private static List<Entry> all() {
        return RESULTS.values().stream().flatMap(x -> x.entries().stream()).toList();
    }

    @Test
    void everyPostExtractsWithoutFailure() {
        assertThat(FAILURES).isEmpty();
        assertThat(RESULTS).hasSize(144);
    }

    @Test
    void idsAreUniqueAndStableAcrossRuns() throws Exception {
        List<String> ids = all().stream().map(Entry::id).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        Extractor again = new Extractor();
        List<String> second = new ArrayList<>();
        for (Path file : RESULTS.keySet()) {
            again.extract(CorpusSupport.raw(file)).entries().forEach(e -> second.add(e.id()));
        }
        assertThat(second).isEqualTo(ids);
    }

    @Test
    void noBoilerplateNoEmptyEntries() {
        assertThat(all()).allSatisfy(e -> {
            assertThat(e.text()).isNotBlank().doesNotContain("Scalable Open Financial Architecture Stack");
        });
    }

    @Test
    void everyQaHasAQuestionAndEveryReleaseAProjectAndVersion() {
        assertThat(all()).filteredOn(e -> e.kind() == Kind.QA).allSatisfy(e -> assertThat(e.question()).as(e.id()).isNotBlank());
        assertThat(all()).filteredOn(e -> e.kind() == Kind.RELEASE).allSatisfy(e -> {
            assertThat(e.project()).as(e.id()).isNotBlank();
            assertThat(e.versions()).as(e.id()).isNotEmpty();
        });
    }

    @Test
    void everyProjectIsACanonicalNameAndFewQaEntriesHaveNone() {
        assertThat(all()).allSatisfy(e -> assertThat(e.project()).as(e.id())
                .satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(Projects.names()).contains(p)));
        List<Entry> qa = all().stream().filter(e -> e.kind() == Kind.QA).toList();
        long none = qa.stream().filter(e -> e.project().isEmpty()).count();
        assertThat(none * 10).as("%d of %d Q&A entries without a project", none, qa.size()).isLessThanOrEqualTo(qa.size());
    }

    @Test
    void everyAnswerLineOfAQaSectionLandsInSomeAnswer() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, Extraction> r : RESULTS.entrySet()) {
            List<String> answers = r.getValue().entries().stream().filter(e -> e.kind() == Kind.QA)
                    .map(e -> letters(e.answer() + String.join("", e.rounds().stream().map(Round::answer).toList())))
                    .toList();
            boolean inQa = false;
            for (String line : Files.readAllLines(r.getKey(), StandardCharsets.UTF_8)) {
                String l = Text.spaces(line);
                if (SECTION_LINE.matcher(l).find() && Sections.classify(l.replace("*", "")) != null) {
                    inQa = Sections.classify(l.replace("*", "")) == Kind.QA;
                    continue;
                }
                var m = ANSWER_LINE.matcher(l);
                if (inQa && m.matches()) {
                    checked++;
                    String key = letters(m.group(1).replaceAll("</?br\\s*/?>", ""));
                    String head = key.substring(0, Math.min(15, key.length()));
                    if (answers.stream().noneMatch(a -> a.contains(head))) {
                        missing.add(r.getKey().getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(missing).isEmpty();
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    @Test
    void qaAndReleaseSectionsAreFoundInMostPosts() {
        Set<String> withQa = new HashSet<>();
        all().stream().filter(e -> e.kind() == Kind.QA).forEach(e -> withQa.add(e.post().slug()));
        assertThat(withQa.size()).isGreaterThan(100);
    }
}
