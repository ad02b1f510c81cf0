package dev.weeklysearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalysisTest {

    /** Expected token: its term, position and the exact original characters its offsets must cover. */
    record T(String term, int position, String surface) {
    }

    static T t(String term, int position, String surface) {
        return new T(term, position, surface);
    }

    static T t(String term, int position) {
        return new T(term, position, term);
    }

    /** Checks terms, positions and offsets; each surface is looked up from the previous token's start. */
    static void assertAnalyzesTo(Analyzer analyzer, String text, T... expected) {
        List<Tokens.Token> actual = Tokens.of(analyzer, text);
        List<String> want = new ArrayList<>();
        int from = 0;
        for (T e : expected) {
            int start = text.indexOf(e.surface(), from);
            assertThat(start).as("surface %s in %s", e.surface(), text).isGreaterThanOrEqualTo(0);
            want.add(new Tokens.Token(e.term(), e.position(), start, start + e.surface().length()).toString());
            from = start;
        }
        assertThat(actual.stream().map(Tokens.Token::toString).toList()).isEqualTo(want);
        for (Tokens.Token tok : actual) {
            assertThat(tok.end()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void wordsSegmentsChineseWithSmartCn() {
        assertAnalyzesTo(Analysis.words(), "分布式事务，服务注册中心",
                t("分布式", 0), t("事务", 1), t("服务", 2), t("注册", 3), t("中心", 4));
    }

    @Test
    void wordsKeepsProductNamesFromStemmingAndStemsOrdinaryWords() {
        assertAnalyzesTo(Analysis.words(), "SOFATracer supports tracing",
                t("sofatracer", 0, "SOFATracer"), t("tracer", 0, "SOFATracer"),
                t("support", 1, "supports"), t("trace", 2, "tracing"));
    }

    @Test
    void wordsJoinsHyphenAndCamelPartsWithoutPositionGap() {
        assertAnalyzesTo(Analysis.words(), "基于Multi-Raft的sofa-jraft",
                t("基于", 0), t("multi", 1, "Multi"), t("multiraft", 1, "Multi-Raft"), t("raft", 2, "Raft"),
                t("的", 3), t("sofajraft", 4, "sofa-jraft"), t("jraft", 4, "sofa-jraft"));
    }

    @Test
    void wordsJoinsSpacedProjectNamesOnly() {
        assertAnalyzesTo(Analysis.words(), "SOFA MOSN 与 SOFA  Registry，sofa is",
                t("mosn", 0, "SOFA MOSN"), t("与", 1), t("sofaregistry", 2, "SOFA  Registry"),
                t("registry", 2, "SOFA  Registry"), t("sofa", 3), t("is", 4));
    }

    @Test
    void wordsKeepsVersionsWholeAndDropsTheirV() {
        assertAnalyzesTo(Analysis.words(), "v0.6.0 与 3.x、2.7.3",
                t("0.6.0", 0), t("与", 1), t("3", 2), t("3x", 2, "3.x"), t("x", 3), t("2.7.3", 4));
    }

    @Test
    void wordsFoldsFullWidthSpacesAndTraditionalChinese() {
        assertAnalyzesTo(Analysis.words(), "ＳＯＦＡＲＰＣ\u00a0hello\u3000分佈式事務",
                t("sofarpc", 0, "ＳＯＦＡＲＰＣ"), t("rpc", 0, "ＳＯＦＡＲＰＣ"), t("hello", 1),
                t("分布式", 2, "分佈式"), t("事务", 3, "事務"));
    }

    @Test
    void wordsSkipsEmojiAndKeepsSupplementaryHanWhole() {
        assertAnalyzesTo(Analysis.words(), "发布🎉𠮷野SOFABoot",
                t("发布", 0), t("𠮷", 1), t("野", 2), t("sofaboot", 3, "SOFABoot"), t("boot", 3, "SOFABoot"));
    }

    @Test
    void gramsEmitsUnigramsAndBigramsForChinese() {
        assertAnalyzesTo(Analysis.grams(), "注册中心 jraft 务",
                t("注", 0), t("注册", 0), t("册", 1), t("册中", 1), t("中", 2), t("中心", 2), t("心", 3),
                t("sofajraft", 4, "jraft"), t("jraft", 4), t("务", 5));
    }

    @Test
    void gramsHandlesSupplementaryAndTraditional() {
        assertAnalyzesTo(Analysis.grams(), "𠮷事務",
                t("𠮷", 0), t("𠮷事", 0, "𠮷事"), t("事", 1), t("事务", 1, "事務"), t("务", 2, "務"));
    }

    @Test
    void versionsKeepsOnlyVersionNumbersWithTheirReleaseLines() {
        assertAnalyzesTo(Analysis.versions(), "SOFARPC v5.4.0 修复 3.x 与 1.3.10，２．７．３",
                t("5.4.0", 0), t("5.4.x", 0, "5.4.0"), t("1.3.10", 1), t("1.3.x", 1, "1.3.10"),
                t("2.7.3", 2, "２．７．３"), t("2.7.x", 2, "２．７．３"));
    }

    @Test
    void versionsQueryTwinStacksNoReleaseLines() {
        assertAnalyzesTo(Analysis.versionsQuery(), "v5.4.0 与 1.3", t("5.4.0", 0), t("1.3", 1));
    }

    @Test
    void wordsSplitsAProjectGluedToItsVersion() {
        assertAnalyzesTo(Analysis.words(), "SOFARPC5.5.8 与 mosnv0.6.0、jdk1.8",
                t("sofarpc", 0, "SOFARPC"), t("rpc", 0, "SOFARPC"), t("5.5.8", 1), t("与", 2),
                t("mosn", 3), t("0.6.0", 4), t("jdk", 5), t("1.8", 6));
        assertAnalyzesTo(Analysis.versions(), "SOFARPC5.5.8 mosnv0.6",
                t("5.5.8", 0), t("5.5.x", 0, "5.5.8"), t("0.6", 1));
    }

    @Test
    void versionsSkipsChineseEmojiAndSupplementaryCharacters() {
        assertAnalyzesTo(Analysis.versions(), "𠮷发布🎉V1.2\u00a03.4 SOFAJRaft",
                t("1.2", 0), t("3.4", 1));
    }

    static List<Analyzer> analyzers() {
        return List.of(Analysis.words(), Analysis.grams(), Analysis.versions(),
                Analysis.wordsQuery(), Analysis.gramsQuery());
    }

    static List<Analyzer> publicAnalyzers() {
        return List.of(Analysis.words(), Analysis.grams(), Analysis.versions());
    }

    @ParameterizedTest
    @MethodSource("publicAnalyzers")
    void analysesOneMegabyteWithOffsetsInBounds(Analyzer analyzer) {
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"分布式事务", "SOFAJRaft ", "Multi-Raft", " v1.2.3 ", "蚂蚁金服开源", "𠮷", "🎉", "ｆｕｌｌ"};
        for (int i = 0; sb.length() < 1_000_000; i++) {
            sb.append(pieces[i % pieces.length]).append(i % 7 == 0 ? "\n" : "");
        }
        String text = sb.toString();
        List<Tokens.Token> tokens = Tokens.of(analyzer, text);
        assertThat(tokens).isNotEmpty();
        assertOffsetsSane(text, tokens);
    }

    @ParameterizedTest
    @MethodSource("analyzers")
    void analysesRandomUnicodeWithOffsetsInBounds(Analyzer analyzer) {
        Random random = new Random(20261127L);
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(200);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(4);
                int cp = switch (pick) {
                    case 0 -> 0x20 + random.nextInt(0x60);
                    case 1 -> 0x4E00 + random.nextInt(0x5000);
                    case 2 -> random.nextInt(0x110000);
                    default -> "-._' v0123456789".charAt(random.nextInt(16));
                };
                sb.appendCodePoint(cp);
            }
            String text = sb.toString();
            assertOffsetsSane(text, Tokens.of(analyzer, text));
        }
    }

    private static void assertOffsetsSane(String text, List<Tokens.Token> tokens) {
        int lastStart = 0;
        for (Tokens.Token tok : tokens) {
            assertThat(tok.start()).as("%s in %s", tok, text).isGreaterThanOrEqualTo(lastStart);
            assertThat(tok.end()).as("%s", tok).isBetween(tok.start(), text.length());
            lastStart = tok.start();
        }
    }
}
