package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.weeklysearch.Corpus;
import dev.weeklysearch.search.RelevanceMetrics.Judgement;
import dev.weeklysearch.search.RelevanceMetrics.Query;
import dev.weeklysearch.search.RelevanceMetrics.QueryResult;
import dev.weeklysearch.search.RelevanceMetrics.Report;
import dev.weeklysearch.search.RelevanceMetrics.Returned;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceMetricsTest {

    private static final Set<String> TYPES = Set.of("qa", "release", "event", "article", "other");

    private static final Judgement RAFT = new Judgement("w-1", "qa", "多个 raft 组");
    private static final Judgement PUMP = new Judgement("w-2", "release", "Pump 2.0");
    private static final Judgement MEETING = new Judgement("w-3", "event", "周三晚上开会");

    private static Returned hit(String slug, String type, String text, String... alsoIn) {
        return new Returned(slug, type, text, List.of(alsoIn));
    }

    private static Returned noise(int n) {
        return hit("w-9", "qa", "无关内容 " + n);
    }

    @Test
    void scoresHandMadeRankingsExactly() {
        Query first = new Query("raft 多组", List.of(RAFT, PUMP), "");
        Query second = new Query("pump", List.of(PUMP), "");
        Query third = new Query("会议", List.of(MEETING), "");
        Map<String, List<Returned>> rankings = Map.of(
                // relevant at ranks 1 and 4: RR 1, recall 2/2
                "raft 多组", List.of(hit("w-1", "qa", "可以用多个 raft 组"), noise(1), noise(2),
                        hit("w-2", "release", "发布 Pump 2.0 版本")),
                // relevant at rank 3: RR 1/3, recall 1/1
                "pump", List.of(noise(1), noise(2), hit("w-2", "release", "Pump 2.0")),
                // nothing relevant: RR 0, recall 0
                "会议", List.of(noise(1)));

        Report report = RelevanceMetrics.evaluate(List.of(first, second, third), q -> rankings.get(q.text()));

        assertThat(report.mrr()).isCloseTo((1.0 + 1.0 / 3 + 0.0) / 3, within(1e-12));
        assertThat(report.recall()).isCloseTo((1.0 + 1.0 + 0.0) / 3, within(1e-12));
        assertThat(report.successAt1()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(report.perQuery()).extracting(QueryResult::firstRelevantRank).containsExactly(1, 3, 0);
        assertThat(report.perQuery().get(2).missed()).containsExactly(MEETING);
        assertThat(report.format()).contains("MRR@10 0.444", "Recall@10 0.667", "Success@1 0.333", "missed: w-3#event#周三晚上开会");
    }

    @Test
    void countsPartialRecallPerJudgement() {
        Query query = new Query("raft", List.of(RAFT, PUMP, MEETING), "");

        QueryResult result = RelevanceMetrics.score(query, List.of(noise(1), hit("w-3", "event", "周三晚上开会，线上")));

        assertThat(result.firstRelevantRank()).isEqualTo(2);
        assertThat(result.reciprocalRank()).isEqualTo(0.5);
        assertThat(result.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(result.missed()).containsExactly(RAFT, PUMP);
    }

    @Test
    void ignoresHitsBelowRankTen() {
        List<Returned> ranking = new ArrayList<>();
        for (int i = 0; i < RelevanceMetrics.K; i++) {
            ranking.add(noise(i));
        }
        ranking.add(hit("w-2", "release", "Pump 2.0"));

        QueryResult result = RelevanceMetrics.score(new Query("pump", List.of(PUMP), ""), ranking);

        assertThat(result.firstRelevantRank()).isZero();
        assertThat(result.recall()).isZero();
    }

    @Test
    void matchesReprintThroughAlsoIn() {
        assertThat(hit("w-7", "release", "Pump 2.0", "w-2").matches(PUMP)).isTrue();
        assertThat(hit("w-7", "release", "Pump 2.0", "w-5").matches(PUMP)).isFalse();
    }

    @Test
    void requiresSameKindAndSubstring() {
        assertThat(hit("w-2", "article", "Pump 2.0").matches(PUMP)).isFalse();
        assertThat(hit("w-2", "release", "Pump 3.0").matches(PUMP)).isFalse();
        assertThat(hit("w-2", "RELEASE", "Pump 2.0").matches(PUMP)).isTrue();
    }

    @Test
    void normalisesWhitespaceIncludingNoBreakSpaces() {
        assertThat(hit("w-1", "qa", "用\u00a0多个\n  raft\u3000组").matches(RAFT)).isTrue();
    }

    @Test
    void emptyRankingScoresZero() {
        Report report = RelevanceMetrics.evaluate(List.of(new Query("x", List.of(PUMP), "")), q -> Collections.emptyList());

        assertThat(report.mrr()).isZero();
        assertThat(report.recall()).isZero();
        assertThat(report.successAt1()).isZero();
    }

    @Test
    void loadsTableWithMultipleItemsAndOptionalNote(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("q.tsv");
        Files.writeString(tsv, RelevanceMetrics.HEADER + "\n"
                + "raft 多组\tw-1#qa#多个 raft 组 | w-2#release#Pump 2.0\tnote here\n"
                + "\n"
                + "会议\tw-3#event#周三晚上开会\n", StandardCharsets.UTF_8);

        List<Query> queries = RelevanceMetrics.load(tsv);

        assertThat(queries).containsExactly(
                new Query("raft 多组", List.of(RAFT, PUMP), "note here"),
                new Query("会议", List.of(MEETING), ""));
    }

    @Test
    void rejectsMalformedItemNamingTheLine(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("q.tsv");
        Files.writeString(tsv, RelevanceMetrics.HEADER + "\nok\tw-1#qa#fine\t\nbad\tw-1#qa\t\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RelevanceMetrics.load(tsv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @Test
    void rejectsMissingHeader(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("q.tsv");
        Files.writeString(tsv, "raft\tw-1#qa#多个 raft 组\t\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RelevanceMetrics.load(tsv)).hasMessageContaining("header");
    }

    @Test
    void queryTableParsesAndItemsAreWellFormed() throws Exception {
        List<Query> queries = RelevanceMetrics.load(queriesTsv());

        assertThat(queries).hasSizeGreaterThanOrEqualTo(60);
        assertThat(queries).extracting(Query::text).doesNotHaveDuplicates();
        for (Query query : queries) {
            for (Judgement j : query.relevant()) {
                String where = query.text() + " -> " + j;
                assertThat(TYPES).as(where).contains(j.type());
                assertThat(j.substring().length()).as(where).isBetween(4, 25);
                assertThat(j.substring()).as(where).isEqualTo(j.substring().strip());
                assertThat(j.substring()).as(where).doesNotContain("#", "|", "\u00a0", "*", ">", "[", "]", "`", "_");
            }
        }
    }

    @Test
    void everySubstringOccursExactlyOnceInItsPost() throws Exception {
        Path corpus = Corpus.dir();
        List<String> problems = new ArrayList<>();
        for (Query query : RelevanceMetrics.load(queriesTsv())) {
            for (Judgement j : query.relevant()) {
                Path post = corpus.resolve(j.slug() + ".md");
                if (!Files.isRegularFile(post)) {
                    problems.add(query.text() + ": no post " + j.slug());
                    continue;
                }
                int count = occurrences(Files.readString(post, StandardCharsets.UTF_8), j.substring());
                if (count != 1) {
                    problems.add(query.text() + ": '" + j.substring() + "' occurs " + count + "x in " + j.slug());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static Path queriesTsv() throws URISyntaxException {
        return Path.of(RelevanceMetricsTest.class.getResource(RelevanceMetrics.QUERIES_RESOURCE).toURI());
    }
}
