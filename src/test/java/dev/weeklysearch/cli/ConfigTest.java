package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.extract.WeeklyRule;
import dev.weeklysearch.insights.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigTest {
    @TempDir
    Path tmp;

    private Config load(String yaml) throws Exception {
        return Config.load(Files.writeString(tmp.resolve("c.yml"), yaml, StandardCharsets.UTF_8));
    }

    @Test
    void theWeeklyRuleIsReadAndAMissingListKeepsItsDefault() throws Exception {
        WeeklyRule rule = load("weekly:\n  tags: [\"Seata\", \"SOFA Weekly\"]\n  titles: []\n").weekly();
        assertThat(rule).isEqualTo(new WeeklyRule(List.of("Seata", "SOFA Weekly"), List.of("SOFA Weekly"), List.of()));
    }

    @Test
    void withoutTheKeyTheDefaultRuleApplies() throws Exception {
        assertThat(load("sources: [x]\n").weekly()).isEqualTo(WeeklyRule.defaults());
        assertThat(Config.load(tmp.resolve("missing.yml")).weekly()).isEqualTo(WeeklyRule.defaults());
    }

    @Test
    void theShippedConfigReadsTheFeedThenTheSitemapAndKeepsWeeklyPosts() {
        Config shipped = Config.load(Path.of("weekly-search.yml"));
        assertThat(shipped.sources()).containsExactly("https://www.sofastack.tech/tags/sofa-weekly/index.xml",
                "https://www.sofastack.tech/sitemap.xml");
        assertThat(shipped.weekly()).isEqualTo(WeeklyRule.defaults());
        assertThat(Durations.parse(shipped.refresh())).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refreshIntervalsReadAsASiteOwnerWritesThem() throws Exception {
        assertThat(Durations.parse("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("0")).isZero();
        assertThatThrownBy(() -> Durations.parse("30")).hasMessageContaining("30m");
        assertThat(ServeRefresh.interval(null, load("refresh: 0\n"), List.of("https://x/sitemap.xml"))).isZero();
        assertThat(ServeRefresh.interval(null, load("sources: [x]\n"), List.of("https://x/sitemap.xml")))
                .isEqualTo(ServeRefresh.WEB_DEFAULT);
        assertThat(ServeRefresh.interval(null, load("sources: [x]\n"), List.of("posts/"))).isEqualTo(ServeRefresh.FOLDER_DEFAULT);
        assertThat(ServeRefresh.interval(Duration.ofSeconds(5), load("refresh: 1h\n"), List.of("posts/")))
                .isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aWeeklyKeyThatIsNotAMappingIsABadConfig() {
        assertThatThrownBy(() -> load("weekly: SOFA Weekly\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekly:");
    }

    @Test
    void analyticsCanBeTurnedOffOrTunedAndSynonymsAreGroups() throws Exception {
        assertThat(load("sources: [x]\n").analytics()).isEqualTo(Settings.DEFAULTS);
        assertThat(load("analytics: false\n").analytics().enabled()).isFalse();
        assertThat(load("analytics:\n  retentionDays: 30\n  minCount: 5\n").analytics())
                .isEqualTo(new Settings(true, 30, 5, 2000, 50));
        assertThat(load("synonyms:\n  - [\"线程池\", \"thread pool\"]\n").synonyms())
                .containsExactly(List.of("线程池", "thread pool"));
        assertThatThrownBy(() -> load("synonyms:\n  - [\"alone\"]\n")).hasMessageContaining("two or more");
        assertThatThrownBy(() -> load("analytics:\n  minCount: many\n")).hasMessageContaining("minCount");
    }
}
