package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the bridge table: hand-written lines in the generator's format, and the shipped file. */
class BridgeTest {
    private static final Bridge TABLE = Bridge.parse(List.of(
            "# English->Chinese bridge derived from CC-CEDICT, CC BY-SA 4.0",
            "circuit breaker\t断路器 熔断机制",
            "Deadlock\t死锁  僵局",
            "leak\t泄漏",
            "no headword\t",
            "no tab here 死锁",
            "one two three four\t四个词",
            "leaks\t漏洞"));

    @Test
    void readsKeysOfOneToThreeWordsWithTheirHeadwordsInOrder() {
        assertThat(TABLE.chinese(List.of("circuit", "breaker"))).containsExactly("断路器", "熔断机制");
        assertThat(TABLE.chinese(List.of("deadlock"))).containsExactly("死锁", "僵局");
        assertThat(TABLE.chinese(List.of("one", "two", "three", "four"))).isEmpty();
        assertThat(TABLE.chinese(List.of("no", "headword"))).isEmpty();
        assertThat(TABLE.size()).isEqualTo(3);
    }

    @Test
    void looksUpInAnyCaseAndPluralsAsTheirSingular() {
        assertThat(TABLE.chinese(List.of("DeadLocks"))).containsExactly("死锁", "僵局");
        assertThat(TABLE.chinese(List.of("Circuit", "Breakers"))).containsExactly("断路器", "熔断机制");
        // "leaks" and "leak" are one key; the earlier line's headwords come first.
        assertThat(TABLE.chinese(List.of("leaks"))).containsExactly("泄漏", "漏洞");
        assertThat(TABLE.chinese(List.of("unknown"))).isEmpty();
    }

    @Test
    void theShippedTableLoadsWithItsAttribution() {
        Bridge shipped = Bridge.load();
        assertThat(shipped.size()).isGreaterThan(50_000);
        assertThat(shipped.chinese(List.of("idempotent"))).contains("幂等");
        assertThat(Bridge.NONE.chinese(List.of("idempotent"))).isEmpty();
    }
}
