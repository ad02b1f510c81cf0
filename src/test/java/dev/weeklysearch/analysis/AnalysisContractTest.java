package dev.weeklysearch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own analyzer contract over every chain the index and the queries use: random text (any Unicode, random
 * CharFilters in front, Readers that hand over a few chars at a time), consistent offsets and positions, the same
 * tokens on reuse. A JUnit 4 test (randomizedtesting); reproduce a failure with its {@code -Dtests.seed=...}.
 */
public class AnalysisContractTest extends BaseTokenStreamTestCase {

    /** Every chain of Analysis, fresh instances: a failure must not leave a half-used stream in the singletons. */
    private static final List<String> CHAINS =
            List.of("words", "grams", "names", "versions", "wordsQuery", "gramsQuery", "namesQuery", "versionsQuery");

    public void testRandomTextKeepsTheContractInEveryChain() throws IOException {
        for (String chain : CHAINS) {
            Analyzer analyzer = Analysis.create(chain);
            // simple=false: any Unicode, not only ASCII; offsets must be exact, graph included.
            checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER, 20, false, true);
        }
    }

    public void testRandomLongTextKeepsTheContractInEveryChain() throws IOException {
        for (String chain : CHAINS) {
            Analyzer analyzer = Analysis.create(chain);
            checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 8192, false, true);
        }
    }

    public void testRandomMixedChineseAndLatinText() throws IOException {
        String[] pieces = {"分布式事务", "我购买了道具和服装", "SOFARPC", "sofa-jraft", "Multi-Raft", "MOSN",
            "v0.13.0", "1.3", "ＳＯＦＡ", "分佈式", "　", " ", "-", ".", "UzD", "x", "5.5.8", "mosnv0.6.0", "，"};
        for (String chain : CHAINS) {
            Analyzer analyzer = Analysis.create(chain);
            for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
                StringBuilder text = new StringBuilder();
                int n = random().nextInt(12);
                for (int j = 0; j < n; j++) {
                    text.append(pieces[random().nextInt(pieces.length)]);
                    if (random().nextBoolean()) {
                        text.append(' ');
                    }
                }
                checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString(), true);
            }
        }
    }

    public void testTheIssuesTextKeepsEachTokensOwnEndOffset() throws IOException {
        // The concatenation "uzd" spans two positions, so it ends where "d" ends (8) and "uz" still ends at 7.
        for (String chain : List.of("words", "grams")) {
            assertAnalyzesTo(Analysis.create(chain), "kkjc UzD y uxws",
                    new String[] {"kkjc", "uz", "uzd", "d", "y", "uxw"},
                    new int[] {0, 5, 5, 7, 9, 11},
                    new int[] {4, 7, 8, 8, 10, 15},
                    null,
                    new int[] {1, 1, 0, 1, 1, 1},
                    new int[] {1, 1, 2, 1, 1, 1});
        }
        assertAnalyzesTo(Analysis.create("wordsQuery"), "kkjc UzD y uxws",
                new String[] {"kkjc", "uz", "d", "y", "uxw"}, new int[] {0, 5, 7, 9, 11}, new int[] {4, 7, 8, 10, 15});
    }

    public void testChineseKeepsSmartCnsOwnSegmentationAndOffsets() throws IOException {
        String sentence = "我购买了道具和服装";
        assertAnalyzesTo(Analysis.create("words"), sentence,
                new String[] {"我", "购买", "了", "道具", "和", "服装"},
                new int[] {0, 1, 3, 4, 6, 7},
                new int[] {1, 3, 4, 6, 7, 9});
        try (Analyzer smartCn = new SmartChineseAnalyzer()) {
            assertEquals(tokens(smartCn, sentence), tokens(Analysis.create("words"), sentence));
        }
        assertAnalyzesTo(Analysis.create("grams"), "分布式",
                new String[] {"分", "分布", "布", "布式", "式"},
                new int[] {0, 0, 1, 1, 2},
                new int[] {1, 2, 2, 3, 3});
    }

    public void testEnglishStemsWordsAndKeepsProjectNames() throws IOException {
        assertAnalyzesTo(Analysis.create("words"), "SOFATracer supports tracing",
                new String[] {"sofatracer", "tracer", "support", "trace"},
                new int[] {0, 0, 11, 20},
                new int[] {10, 10, 19, 27},
                new int[] {1, 0, 1, 1});
    }

    public void testNamesKeepLatinHandlesAsTyped() throws IOException {
        // The grams chain stems "greedying" to "greedi": a typo of the handle is then farther from it.
        for (String chain : List.of("names", "namesQuery")) {
            assertAnalyzesTo(Analysis.create(chain), "@Greedying 钱明",
                    new String[] {"greedying", "钱", "钱明", "明"},
                    new int[] {1, 11, 11, 12},
                    new int[] {10, 12, 13, 13},
                    new int[] {1, 1, 0, 1});
        }
        assertAnalyzesTo(Analysis.create("grams"), "@Greedying", new String[] {"greedi"});
    }

    public void testMixedTextKeepsOffsetsAcrossScripts() throws IOException {
        assertAnalyzesTo(Analysis.create("words"), "MOSN v0.13.0 发布了Multi-Raft",
                new String[] {"mosn", "0.13.0", "发布", "了", "multi", "multiraft", "raft"},
                new int[] {0, 6, 13, 15, 16, 16, 22},
                new int[] {4, 12, 15, 16, 21, 26, 26},
                new int[] {1, 1, 1, 1, 1, 0, 1});
    }

    public void testFullWidthTextFoldsWithoutMovingOffsets() throws IOException {
        assertAnalyzesTo(Analysis.create("words"), "ＳＯＦＡＲＰＣ　ｖ５．５．８ 分佈式",
                new String[] {"sofarpc", "rpc", "5.5.8", "分布式"},
                new int[] {0, 0, 9, 15},
                new int[] {7, 7, 14, 18});
    }

    public void testAProjectGluedToItsVersionIsTwoWords() throws IOException {
        assertAnalyzesTo(Analysis.create("wordsQuery"), "SOFARPC5.5.8 mosnv0.6.0 V1.3.0 jdk1.8",
                new String[] {"sofarpc", "5.5.8", "mosn", "0.6.0", "1.3.0", "jdk", "1.8"},
                new int[] {0, 7, 13, 18, 25, 31, 34},
                new int[] {7, 12, 17, 23, 30, 34, 37});
        assertAnalyzesTo(Analysis.create("versionsQuery"), "SOFARPC5.5.8 mosnv0.6.0",
                new String[] {"5.5.8", "0.6.0"}, new int[] {7, 18}, new int[] {12, 23});
    }

    public void testVersionsStackTheirReleaseLines() throws IOException {
        assertAnalyzesTo(Analysis.create("versions"), "MOSN v0.13.0 与 2.7、1.2.3.4",
                new String[] {"0.13.0", "0.13.x", "2.7", "1.2.3.4", "1.2.3.x", "1.2.x"},
                new int[] {6, 6, 15, 19, 19, 19},
                new int[] {12, 12, 18, 26, 26, 26},
                new int[] {1, 0, 1, 1, 0, 0});
    }

    public void testHugeInputKeepsEveryOffset() throws IOException {
        String unit = "SOFARPC5.5.8 分布式事务，Multi-Raft ＳＯＦＡ　MOSN v0.13.0 kkjc UzD\n";
        // The query chains share their tokenizer with these.
        for (String chain : List.of("words", "grams", "versions")) {
            Analyzer analyzer = Analysis.create(chain);
            List<Token> one = tokens(analyzer, unit);
            int copies = (1 << 20) / unit.length() + 1;
            int n = one.size() * copies;
            String[] terms = new String[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            int[] posIncs = new int[n];
            for (int c = 0; c < copies; c++) {
                for (int i = 0; i < one.size(); i++) {
                    Token t = one.get(i);
                    int k = c * one.size() + i;
                    terms[k] = t.term();
                    starts[k] = t.start() + c * unit.length();
                    ends[k] = t.end() + c * unit.length();
                    posIncs[k] = t.posInc();
                }
            }
            assertTokenStreamContents(analyzer.tokenStream("f", unit.repeat(copies)), terms, starts, ends, null,
                    posIncs, null, copies * unit.length());
        }
    }

    public void testLongChineseRunTilesTheText() throws IOException {
        // No punctuation for 256K chars: SmartCN gets it in slices, and the slices must tile the text.
        String text = "分布式事务的服务注册中心".repeat((1 << 18) / 12);
        List<Token> tokens = tokens(Analysis.create("words"), text);
        int at = 0;
        for (Token t : tokens) {
            assertEquals(at, t.start());
            assertEquals(text.substring(t.start(), t.end()), t.term());
            at = t.end();
        }
        assertEquals(text.length(), at);
    }

    record Token(String term, int start, int end, int posInc) {
    }

    private static List<Token> tokens(Analyzer analyzer, String text) throws IOException {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                        posInc.getPositionIncrement()));
            }
            ts.end();
        }
        return out;
    }
}
