package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Segments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class LeavesTest {
    private static final String[][] SEGMENTS = {
        {"multi raft group", "raft learner read", "seata saga mode", "raft raft multi"},
        {"saga mode of seata", "learner", "multi raft and saga", "nothing here at all"}};

    private static Commit index(ByteBuffersDirectory dir) throws IOException {
        return new Commit(Segments.write(dir, SEGMENTS, text -> List.of(
                new TextField("f", text, Field.Store.NO),
                new TextField("g", text.toUpperCase(Locale.ROOT), Field.Store.NO))));
    }

    private static Query term(String field, String word) {
        return new TermQuery(new Term(field, word));
    }

    private static BooleanQuery any(Query... qs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : qs) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    private static Pruning pruning(Commit s) {
        return new Pruning(s.terms());
    }

    @Test
    void aClauseScoredLeafByLeafScoresEveryDocumentAsItsBooleanQuery() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = index(dir);
            // Two of four, one of which no document holds: pruned to two of three.
            BooleanQuery twoOfThree = new BooleanQuery.Builder().add(term("f", "saga"), Occur.SHOULD)
                    .add(term("f", "seata"), Occur.SHOULD).add(term("f", "absent"), Occur.SHOULD)
                    .add(term("f", "learner"), Occur.SHOULD).setMinimumNumberShouldMatch(2).build();
            // Two of three with two absent: it can match nothing, though "saga" alone would.
            BooleanQuery pruningLeavesTooFew = new BooleanQuery.Builder().add(term("f", "saga"), Occur.SHOULD)
                    .add(term("f", "nowhere"), Occur.SHOULD).add(term("f", "gone"), Occur.SHOULD)
                    .setMinimumNumberShouldMatch(2).build();
            Query clause = any(
                    new BoostQuery(any(term("f", "raft"), new PhraseQuery("f", "multi", "raft"),
                            new PhraseQuery("f", "multi", "absent"), term("f", "absent")), 3f),
                    new BoostQuery(any(term("g", "RAFT"), new BoostQuery(term("g", "MULTI"), 0.5f)), 1.2f),
                    // The same leaf twice: its boosts add up.
                    term("f", "raft"),
                    new BoostQuery(twoOfThree, 0.2f),
                    pruningLeavesTooFew,
                    any(term("g", "ABSENT"), new BoostQuery(term("g", "NOWHERE"), 2f)),
                    // Required clauses are not taken apart: Lucene scores this one whole.
                    new BooleanQuery.Builder().add(term("f", "learner"), Occur.MUST).add(term("f", "read"), Occur.SHOULD)
                            .add(term("f", "absent"), Occur.SHOULD).build());
            float[] expected = scores(s, clause);
            float[] actual = new float[expected.length];
            Sums sums = new Sums(expected.length);
            Sums group = new Sums(expected.length);
            Leaves leaves = Leaves.of(clause, pruning(s));
            assertThat(leaves.isEmpty()).isFalse();
            leaves.score(s, sums, group, new TermLeaves(s.getIndexReader().leaves().size()), null);
            for (int i = 0; i < sums.size; i++) {
                int d = sums.touched[i];
                assertThat(sums.count[d]).isPositive();
                actual[d] = (float) sums.score[d];
            }
            assertThat(group.size).isZero();
            // The group alone matches documents 2 and 4 (two of its three words), and nothing matches 7.
            assertThat(actual[2]).isPositive();
            assertThat(actual[4]).isPositive();
            assertThat(actual[7]).isZero();
            for (int d = 0; d < expected.length; d++) {
                assertThat(actual[d]).as("doc " + d).isCloseTo(expected[d], within(1e-5f * Math.max(1, expected[d])));
            }
        }
    }

    @Test
    void aClauseNothingOfWhichTheIndexHoldsHasNoLeaves() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = index(dir);
            Query clause = any(new BoostQuery(any(term("f", "absent"), new PhraseQuery("f", "raft", "nowhere")), 2f),
                    new BooleanQuery.Builder().add(term("f", "raft"), Occur.SHOULD).add(term("f", "gone"), Occur.SHOULD)
                            .setMinimumNumberShouldMatch(2).build(),
                    new BooleanQuery.Builder().add(term("f", "absent"), Occur.MUST).add(term("f", "raft"), Occur.SHOULD)
                            .build());
            assertThat(scores(s, clause)).containsOnly(0f);
            assertThat(Leaves.of(clause, pruning(s)).isEmpty()).isTrue();
            assertThat(Leaves.of(any(clause, term("f", "saga")), pruning(s)).isEmpty()).isFalse();
        }
    }

    /** Every document's score under {@code q}, 0 where it does not match. */
    private static float[] scores(Commit s, Query q) throws IOException {
        float[] out = new float[s.getIndexReader().maxDoc()];
        for (ScoreDoc sd : s.search(q, out.length).scoreDocs) {
            out[sd.doc] = sd.score;
        }
        return out;
    }
}
