package dev.weeklysearch.search.query;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class TypoAutomataTest {
    /** A facade's kept automata: a new one per test. */
    private final TypoAutomata.Recent recent = new TypoAutomata.Recent();
    /** Words at one and two edits of the typed ones, in two segments; "sofaboot" has more than 20 neighbours. */
    private static final String[][] SEGMENTS = {
        {"sofaboot sofabolt sofaboots", "kubernetes kubernetse", "sofabot sofaboat sofabooth", "layotto layoto",
            "soaboot sfaboot sofboot sofaoot sofabot", "sofabooty sofaboott xofaboot sofaboox"},
        {"sofabook sofaroot sofaboom sofaboo sofaboob", "occlum occlums", "sofabooot sofabioot sofaboit",
            "sofbaoot osfaboot sofabtoo sofaobot", "kuberentes kubernete", "soafboot sofbooot sofabpot sofabuot"}};
    private static final int EXPANSIONS = 20;
    private static final String[] TYPED = {"sofaboot", "sofaboto", "kubernetse", "layoto", "occlumm", "sofab", "zzzzzz"};

    private static DirectoryReader index(ByteBuffersDirectory dir) throws IOException {
        return Segments.write(dir, SEGMENTS, text -> List.of(
                new TextField("f", text, Field.Store.NO),
                // A second field with other documents per word: the same automata, other terms and statistics.
                new TextField("g", text.length() % 2 == 0 ? text : "other words " + text, Field.Store.NO)));
    }

    @Test
    void aCorrectionScoresEveryDocumentAsLucenesFuzzyQuery() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int compared = 0;
            for (String typed : TYPED) {
                for (int edits = 1; edits <= 2; edits++) {
                    for (String field : List.of("f", "g")) {
                        Query lucene = new FuzzyQuery(new Term(field, typed), edits, 1, EXPANSIONS, true);
                        Query ours = recent.of(typed, edits).query(field, EXPANSIONS);
                        ScoreDoc[] expected = searcher.search(lucene, 100).scoreDocs;
                        ScoreDoc[] actual = searcher.search(ours, 100).scoreDocs;

                        assertThat(actual).as("%s~%d in %s", typed, edits, field).hasSameSizeAs(expected);
                        for (int i = 0; i < expected.length; i++) {
                            assertThat(actual[i].doc).as("%s~%d in %s", typed, edits, field).isEqualTo(expected[i].doc);
                            assertThat(actual[i].score).as("%s~%d in %s", typed, edits, field)
                                    .isEqualTo(expected[i].score);
                        }
                        compared += expected.length;
                    }
                }
            }
            assertThat(compared).as("documents compared").isGreaterThan(40);
        }
    }

    @Test
    void itListsTheTermsLucenesFuzzyTermsEnumLists() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader reader = index(dir)) {
            Terms terms = MultiTerms.getTerms(reader, "f");
            for (String typed : TYPED) {
                for (int edits = 1; edits <= 2; edits++) {
                    List<String> expected = list(new FuzzyQuery(new Term("f", typed), edits, 1, EXPANSIONS, true)
                            .getTermsEnum(terms));
                    assertThat(list(recent.of(typed, edits).termsEnum(terms))).as("%s~%d", typed, edits)
                            .isEqualTo(expected);
                }
            }
            assertThat(list(recent.of("sofaboot", 2).termsEnum(terms))).hasSizeGreaterThan(EXPANSIONS)
                    .contains("sofaboot", "sofabolt", "sofbaoot")
                    // The first letter is kept: a typo there finds nothing.
                    .doesNotContain("xofaboot", "osfaboot");
        }
    }

    @Test
    void aWordTypedAgainFindsItsAutomata() {
        TypoAutomata built = recent.of("kuberentis", 2);
        // Weighing a term two edits away builds the automata.
        built.similarity(new BytesRef("kubernetes"));

        assertThat(recent.of("kuberentis", 2)).isSameAs(built);
        assertThat(recent.of("kuberentis", 1)).isNotSameAs(built);
    }

    @Test
    void wordsThatNeverBuiltTheirAutomataDoNotPushBuiltOnesOut() {
        TypoAutomata built = recent.of("sofabooot", 2);
        built.similarity(new BytesRef("sofaboot"));
        for (int i = 0; i < 100; i++) {
            // Known words get a holder at every query, and never build.
            recent.of("known" + (char) ('a' + i % 26) + (char) ('a' + i / 26), 1);
        }

        assertThat(recent.of("sofabooot", 2)).isSameAs(built);
    }

    @Test
    void theKeptAutomataAreBoundedLeastRecentlyUsedOut() {
        TypoAutomata first = recent.of("sofabooot", 2);
        first.similarity(new BytesRef("sofaboot"));
        for (int i = 0; i < TypoAutomata.Recent.WORDS; i++) {
            recent.of("typo" + (char) ('a' + i % 26) + (char) ('a' + i / 26), 2).similarity(new BytesRef("typos"));
        }

        assertThat(recent.of("sofabooot", 2)).isNotSameAs(first);
        assertThat(new TypoAutomata.Recent().of("sofabooot", 2)).isNotSameAs(first);
    }

    @Test
    void weighsAsFuzzyQueryDoes() {
        TypoAutomata automata = recent.of("sofaboto", 2);

        assertThat(automata.similarity(new BytesRef("sofaboto"))).isEqualTo(1f);
        assertThat(automata.similarity(new BytesRef("sofaboot"))).isEqualTo(1f - 1f / 8);
        assertThat(automata.similarity(new BytesRef("sofabolt"))).isEqualTo(1f - 2f / 8);
        assertThat(automata.similarity(new BytesRef("sofabot"))).isEqualTo(1f - 1f / 7);
    }

    private static List<String> list(TermsEnum te) throws IOException {
        List<String> out = new ArrayList<>();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            out.add(t.utf8ToString());
        }
        return out;
    }
}
