package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class KnownPhraseQueryTest {
    /** Two segments; "learner" only in the second, so a phrase with it has no postings in the first. */
    private static final String[][] SEGMENTS = {
        {"multi raft group", "raft group leader raft group", "group raft multi"},
        {"raft learner read", "multi raft group and raft learner", "seata raft group"}};

    private static IndexSearcher index(ByteBuffersDirectory dir) throws IOException {
        return new IndexSearcher(Segments.write(dir, SEGMENTS, text -> List.of(new TextField("f", text, Field.Store.NO))));
    }

    private static TermStates[] states(IndexSearcher s, PhraseQuery p) throws IOException {
        TermStates[] states = new TermStates[p.getTerms().length];
        for (int i = 0; i < states.length; i++) {
            states[i] = TermStates.build(s, p.getTerms()[i], true);
        }
        return states;
    }

    private static KnownPhraseQuery known(IndexSearcher s, PhraseQuery p) throws IOException {
        return new KnownPhraseQuery(p, states(s, p), null);
    }

    @Test
    void scoresAndMatchesEveryDocumentAsItsPhraseQueryDoes() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            for (PhraseQuery p : new PhraseQuery[] {
                new PhraseQuery("f", "raft", "group"),
                new PhraseQuery("f", "multi", "raft", "group"),
                new PhraseQuery("f", "raft", "learner"),
                new PhraseQuery.Builder().add(new Term("f", "multi"), 0).add(new Term("f", "group"), 2).build()}) {
                float[] expected = scores(s, p);
                assertThat(expected).as(p.toString()).isNotEqualTo(new float[expected.length]);
                assertThat(scores(s, known(s, p))).as(p.toString()).containsExactly(expected);
                assertThat(scores(s, known(s, p), true)).as(p.toString()).containsExactly(scores(s, p, true));
            }
        }
    }

    @Test
    void phrasesScoredOneAfterAnotherOnLentEnumsScoreAsWithTheirOwn() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            TermLeaves enums = new TermLeaves(s.getIndexReader().leaves().size());
            for (int round = 0; round < 2; round++) {
                for (PhraseQuery p : new PhraseQuery[] {
                    new PhraseQuery("f", "raft", "group"),
                    new PhraseQuery("f", "multi", "raft", "group"),
                    new PhraseQuery("f", "raft", "learner")}) {
                    KnownPhraseQuery lent = new KnownPhraseQuery(p, states(s, p), enums);
                    assertThat(scores(s, lent)).as(p.toString()).containsExactly(scores(s, p));
                    // As Leaves does once a leaf is scored: its enums serve the next phrase.
                    enums.takeBack();
                }
            }
        }
    }

    @Test
    void isEqualOnlyToTheSamePhraseWithStatesAndPrintsAsIt() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            PhraseQuery p = new PhraseQuery("f", "raft", "group");
            assertThat(known(s, p)).isEqualTo(known(s, new PhraseQuery("f", "raft", "group")))
                    .hasSameHashCodeAs(known(s, p)).isNotEqualTo(p)
                    .isNotEqualTo(known(s, new PhraseQuery("f", "group", "raft")));
            assertThat(known(s, p).toString()).isEqualTo(p.toString());
        }
    }

    @Test
    void takesExactPhrasesOnly() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            PhraseQuery sloppy = new PhraseQuery(1, "f", "raft", "group");
            assertThat(KnownPhraseQuery.fits(sloppy)).isFalse();
            assertThatThrownBy(() -> known(s, sloppy)).isInstanceOf(IllegalArgumentException.class);
            assertThat(KnownPhraseQuery.fits(new PhraseQuery("f", "raft", "group"))).isTrue();
        }
    }

    /** Every document's score under {@code q}, 0 where it does not match. */
    private static float[] scores(IndexSearcher s, Query q) throws IOException {
        return scores(s, q, false);
    }

    /**
     * Every document's score under {@code q}, 0 where it does not match: counting every hit (the
     * complete scoring {@link Leaves} asks for) or, with {@code topScores}, skipping as top-k does.
     */
    private static float[] scores(IndexSearcher s, Query q, boolean topScores) throws IOException {
        float[] out = new float[s.getIndexReader().maxDoc()];
        ScoreDoc[] hits = s.search(q, new TopScoreDocCollectorManager(out.length, topScores ? 1 : Integer.MAX_VALUE))
                .scoreDocs;
        for (ScoreDoc sd : hits) {
            out[sd.doc] = sd.score;
        }
        return out;
    }
}
