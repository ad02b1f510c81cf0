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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CorpusExtractionTest {
    private static final Pattern ANSWER_LINE = Pattern.compile("^\\s*A\\s*[:：]\\s*(?:A\\s*[:：])?(.*)$");
    /** The oracle's own section rules (see everyAnswerLineOfAQaSectionLandsInSomeAnswer). */
    private static final Pattern ORACLE_BOLD_LINE = Pattern.compile("^\\*\\*[^*]+\\*\\*\\s*$");
    private static final Pattern ORACLE_QA_START = Pattern.compile("读者问答|问答提炼|issue\\s*精选", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORACLE_OTHER_SECTION = Pattern.compile("推荐阅读|发布详情|项目进展|本周发布|直播|活动|会议|贡献|Contributor|新手任务");
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
        assertThat(all()).filteredOn(e -> e.type() == EntryType.QA).allSatisfy(e -> assertThat(e.question()).as(e.id()).isNotBlank());
        assertThat(all()).filteredOn(e -> e.type() == EntryType.RELEASE).allSatisfy(e -> {
            assertThat(e.project()).as(e.id()).isNotBlank();
            assertThat(e.versions()).as(e.id()).isNotEmpty();
        });
    }

    /**
     * The oracle reads the raw Markdown with its own rules, written here and not taken from the
     * extractor: a question-and-answer section starts at a heading or bold line naming reader
     * questions (读者问答, 问答提炼, issue 精选) and ends at the next Markdown heading or a bold line
     * naming another section. Every "A：" line there must land, by its first letters, in some
     * answer of the post's QA entries; an "A：" whose text sits on the next lines is read there,
     * and an answer with no text at all is reported, never matched by the empty string.
     */
    @Test
    void everyProjectIsACanonicalNameAndFewQaEntriesHaveNone() {
        assertThat(all()).allSatisfy(e -> assertThat(e.project()).as(e.id())
                .satisfiesAnyOf(p -> assertThat(p).isEmpty(), p -> assertThat(Projects.names()).contains(p)));
        List<Entry> qa = all().stream().filter(e -> e.type() == EntryType.QA).toList();
        long none = qa.stream().filter(e -> e.project().isEmpty()).count();
        assertThat(none * 10).as("%d of %d Q&A entries without a project", none, qa.size()).isLessThanOrEqualTo(qa.size());
    }

    @Test
    void everyAnswerLineOfAQaSectionLandsInSomeAnswer() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Path, Extraction> r : RESULTS.entrySet()) {
            List<String> answers = r.getValue().entries().stream().filter(e -> e.type() == EntryType.QA)
                    .map(e -> letters(e.answer() + String.join("", e.rounds().stream().map(Round::answer).toList())))
                    .toList();
            List<String> lines = Files.readAllLines(r.getKey(), StandardCharsets.UTF_8);
            boolean inQa = false;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).replace('\u00A0', ' ').strip();
                if (ORACLE_QA_START.matcher(l).find() && (l.startsWith("#") || ORACLE_BOLD_LINE.matcher(l).matches())) {
                    inQa = true;
                    continue;
                }
                if (l.startsWith("#") || (ORACLE_BOLD_LINE.matcher(l).matches() && ORACLE_OTHER_SECTION.matcher(l).find())) {
                    inQa = false;
                    continue;
                }
                Matcher m = ANSWER_LINE.matcher(l);
                if (!inQa || !m.matches()) {
                    continue;
                }
                checked++;
                String key = letters(m.group(1).replaceAll("</?br\\s*/?>", ""));
                for (int j = i + 1; key.isEmpty() && j < lines.size() && j <= i + 3; j++) {
                    key = letters(lines.get(j).replaceAll("</?br\\s*/?>", ""));
                }
                String head = key.substring(0, Math.min(15, key.length()));
                if (head.isEmpty()) {
                    missing.add(r.getKey().getFileName() + ": answer without text: " + lines.get(i));
                } else if (answers.stream().noneMatch(a -> a.contains(head))) {
                    missing.add(r.getKey().getFileName() + ": " + lines.get(i));
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(missing).isEmpty();
    }

    /** A QA entry without answer text is one the post leaves unanswered: no "A：" between its asker and the next asker or heading. */
    @Test
    void aQaWithoutAnAnswerIsOneThePostLeavesUnanswered() throws IOException {
        List<String> wrong = new ArrayList<>();
        int unanswered = 0;
        for (Map.Entry<Path, Extraction> r : RESULTS.entrySet()) {
            List<String> lines = Files.readAllLines(r.getKey(), StandardCharsets.UTF_8);
            for (Entry e : r.getValue().entries()) {
                if (e.type() != EntryType.QA || !letters(e.answer() + String.join("", e.rounds().stream().map(Round::answer).toList())).isEmpty()) {
                    continue;
                }
                unanswered++;
                int at = -1;
                for (int i = 0; i < lines.size() && at < 0; i++) {
                    if (!e.asker().isBlank() && lines.get(i).contains("@" + e.asker())) {
                        at = i;
                    }
                }
                boolean answered = at < 0;
                for (int i = at + 1; at >= 0 && i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (l.startsWith("#") || l.contains("提问")) {
                        break;
                    }
                    answered |= ANSWER_LINE.matcher(l).matches();
                }
                if (answered) {
                    wrong.add(e.id() + " has no answer, but its post answers it (or names no asker)");
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(unanswered).as("questions the posts leave unanswered are rare").isLessThan(5);
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    @Test
    void qaAndReleaseSectionsAreFoundInMostPosts() {
        Set<String> withQa = new HashSet<>();
        all().stream().filter(e -> e.type() == EntryType.QA).forEach(e -> withQa.add(e.post().slug()));
        assertThat(withQa.size()).isGreaterThan(100);
    }
}
