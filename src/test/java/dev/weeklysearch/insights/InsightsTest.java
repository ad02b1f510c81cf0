package dev.weeklysearch.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on a real SQLite file: restarts, retention, the off switch, the caps. */
class InsightsTest {
    private static final Instant DAY = Instant.parse("2026-06-01T10:00:00Z");

    @TempDir
    Path tmp;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void countsSurviveARestart() throws Exception {
        Path file = tmp.resolve(Insights.FILE);
        try (Insights insights = Insights.open(file, Settings.DEFAULTS, at(DAY))) {
            for (int i = 0; i < 3; i++) {
                insights.search("MOSN", 12);
            }
            insights.click(2, "qa");
        }
        try (Insights again = Insights.open(file, Settings.DEFAULTS, at(DAY))) {
            again.search("mosn", 12);
            Report r = again.report(7);
            assertThat(r.searches()).isEqualTo(4);
            assertThat(r.topQueries()).containsExactly(new Report.QueryCount("mosn", 4));
            assertThat(r.clickPositions()).containsExactly(new Report.PositionCount(2, 1));
            assertThat(r.searchesPerDay()).hasSize(7).last().isEqualTo(new Report.DayCount("2026-06-01", 4));
        }
    }

    @Test
    void retentionDeletesDaysPastIt() throws Exception {
        Path file = tmp.resolve(Insights.FILE);
        Settings keep90 = new Settings(true, 90, 1, 2000, 50);
        try (Insights old = Insights.open(file, keep90, at(DAY.minusSeconds(86_400L * 100)))) {
            old.search("old question", 0);
        }
        try (Insights recent = Insights.open(file, keep90, at(DAY.minusSeconds(86_400L * 89)))) {
            recent.search("recent question", 0);
        }
        try (Insights now = Insights.open(file, keep90, at(DAY))) {
            assertThat(now.report(90).zeroResultQueries()).extracting(Report.QueryCount::query)
                    .containsExactly("recent question");
        }
        assertThat(rows(file, "SELECT query FROM searches")).containsExactly("recent question");
    }

    @Test
    void offRecordsNothingAndCreatesNoFile() throws Exception {
        Path file = tmp.resolve("sub").resolve(Insights.FILE);
        try (Insights off = Insights.open(file, Settings.OFF, at(DAY))) {
            off.search("MOSN", 3);
            off.click(1, "qa");
            assertThat(off.enabled()).isFalse();
        }
        assertThat(tmp.resolve("sub")).doesNotExist();
    }

    @Test
    void minCountHidesRareQueriesButCountsThemInTheTotals() throws Exception {
        try (Insights insights = Insights.open(tmp.resolve(Insights.FILE), Settings.DEFAULTS, at(DAY))) {
            insights.search("seata", 0);
            insights.search("seata", 0);
            insights.search("sofajraft", 0);
            insights.search("sofajraft", 0);
            insights.search("sofajraft", 0);
            Report r = insights.report(1);
            assertThat(r.searches()).isEqualTo(5);
            assertThat(r.zeroResultRate()).isEqualTo(1.0);
            assertThat(r.zeroResultQueries()).containsExactly(new Report.QueryCount("sofajraft", 3));
        }
    }

    @Test
    void pastTheDaysCapNewQueriesCountOnlyInTheTotals() throws Exception {
        Settings two = new Settings(true, 90, 1, 2, 50);
        Path file = tmp.resolve(Insights.FILE);
        try (Insights insights = Insights.open(file, two, at(DAY))) {
            for (int i = 0; i < 50; i++) {
                insights.search("made up " + i, 0);
            }
            insights.search("made up 0", 0);
            Report r = insights.report(1);
            assertThat(r.searches()).isEqualTo(51);
            assertThat(r.zeroResultQueries()).extracting(Report.QueryCount::query)
                    .containsExactlyInAnyOrder("made up 0", "made up 1");
        }
        assertThat(rows(file, "SELECT query FROM searches")).hasSize(3);
    }

    @Test
    void theRateLimitLetsABurstThroughThenRefuses() {
        try (Insights insights = Insights.off()) {
            int admitted = 0;
            for (int i = 0; i < 2000; i++) {
                admitted += insights.admit() ? 1 : 0;
            }
            // 50 a second, a burst of 10 seconds' worth; the loop takes well under a second.
            assertThat(admitted).isBetween(500, 560);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theFileIsInWalMode() throws Exception {
        Path file = tmp.resolve(Insights.FILE);
        try (Insights insights = Insights.open(file, Settings.DEFAULTS, at(DAY))) {
            insights.search("mosn", 1);
            insights.flush();
            assertThat(rows(file, "PRAGMA journal_mode")).containsExactly("wal");
        }
        assertThat(Files.size(file)).isPositive();
    }

    static List<String> rows(Path file, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
