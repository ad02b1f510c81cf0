package dev.weeklysearch.search.clause;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.commit.Segments;
import dev.weeklysearch.search.query.CompiledQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * The candidates and the scores computed only there, against the exhaustive computation: every
 * clause run as a Lucene query over the whole index, and every clause scored everywhere.
 */
class CandidatesTest {
    private static final String[] WORDS = {"raft", "seata", "saga", "mosn", "layotto", "sofa", "rpc", "mesh"};

    /** Three segments of random texts over a few words, some rare, so that both walks (step, leapfrog) run. */
    private static Commit index(ByteBuffersDirectory dir) throws IOException {
        Random random = new Random(2222);
        String[][] segments = new String[3][];
        int id = 0;
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new String[150 + 100 * s];
            for (int i = 0; i < segments[s].length; i++) {
                StringBuilder text = new StringBuilder("d" + id++);
                int length = 1 + random.nextInt(8);
                for (int k = 0; k < length; k++) {
                    // Skewed: the first words are common, the last ones rare.
                    text.append(' ').append(WORDS[Math.min(WORDS.length - 1, (int) (random.nextDouble() * random.nextDouble() * WORDS.length * 1.3))]);
                }
                segments[s][i] = text.toString();
            }
        }
        Segments.write(dir, segments, text -> List.of(new TextField("f", text, Field.Store.NO),
                new TextField("g", text.toUpperCase(Locale.ROOT), Field.Store.NO))).close();
        // Deleted documents are no candidates.
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int d = 0; d < id; d += 7) {
                w.deleteDocuments(new Term("f", "d" + d));
            }
        }
        return new Commit(DirectoryReader.open(dir));
    }

    private static Query term(String field, String word) {
        return new TermQuery(new Term(field, word));
    }

    private static Query any(Query... qs) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : qs) {
            b.add(q, Occur.SHOULD);
        }
        return b.build();
    }

    /** A clause as the query compiler shapes one: a word in two fields, its phrase, a group of its parts. */
    private static Query clause(String a, String b) {
        Query group = new BooleanQuery.Builder().add(term("g", a.toUpperCase(Locale.ROOT)), Occur.SHOULD)
                .add(term("g", b.toUpperCase(Locale.ROOT)), Occur.SHOULD).add(term("g", "ABSENT"), Occur.SHOULD)
                .setMinimumNumberShouldMatch(2).build();
        return any(new BoostQuery(new PhraseQuery("f", a, b), 2f), new BoostQuery(term("f", a), 1.5f),
                new BoostQuery(group, 0.5f));
    }

    /** A word as a phrase and as a group of its terms in one field: the group matches wherever the phrase does. */
    private static Query word(String a, String b, int minimum) {
        Query group = new BooleanQuery.Builder().add(term("f", a), Occur.SHOULD).add(term("f", b), Occur.SHOULD)
                .setMinimumNumberShouldMatch(minimum).build();
        return any(new BoostQuery(new PhraseQuery("f", a, b), 3f), new BoostQuery(group, 0.2f),
                new PhraseQuery("g", a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT)));
    }

    /** A phrase beside a group of other terms in its field: the group says nothing of where the phrase matches. */
    private static Query beside(String a, String b, String c, String d) {
        Query group = new BooleanQuery.Builder().add(term("f", c), Occur.SHOULD).add(term("f", d), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
        return any(new PhraseQuery("f", a, b), group);
    }

    private static CompiledQuery query(List<Query> strict, List<Query> words, int minimum, List<Query> excluded) {
        return new CompiledQuery(strict, words, minimum, excluded, List.of(term("f", "sofa")), null, true, null,
                words.size() > 1, null, "", null, false);
    }

    private static List<CompiledQuery> queries() {
        Query raftSeata = clause("raft", "seata");
        Query mesh = clause("mesh", "rpc");
        Query saga = any(term("f", "saga"), term("g", "SAGA"));
        List<Query> words = List.of(term("f", "raft"), term("f", "seata"), saga, term("f", "mosn"),
                new PhraseQuery("f", "rpc", "mesh"), term("f", "layotto"), saga);
        return List.of(
                query(List.of(raftSeata, mesh, saga), words, 3, List.of(term("f", "layotto"))),
                query(List.of(raftSeata, saga), words, 4, List.of()),
                query(List.of(mesh, raftSeata, raftSeata), List.of(), 1, List.of()),
                query(List.of(raftSeata, term("f", "absent")), words, 2, List.of()),
                query(List.of(raftSeata), words, 2, List.of()),
                query(List.of(word("raft", "seata", 1), word("rpc", "mesh", 2), word("saga", "mosn", 1)),
                        List.of(word("raft", "seata", 1), word("rpc", "mesh", 2), word("saga", "mosn", 1), mesh), 2,
                        List.of()),
                query(List.of(beside("seata", "raft", "layotto", "mesh"), beside("raft", "sofa", "mosn", "saga")),
                        List.of(), 1, List.of()));
    }

    @Test
    void theCandidatesAreTheDocumentsSomePassMatchesAndScoreAsEverywhere() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = index(dir);
            for (CompiledQuery q : queries()) {
                check(s, q);
            }
        }
    }

    /**
     * Scored for a window, each pass's candidates that reach its window (and those tied with its last)
     * keep their exact scores, and every other candidate scores below them: the window is the same.
     */
    @Test
    void theCandidatesThatCanEnterTheWindowKeepTheirExactScores() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Commit s = index(dir);
            int maxDoc = s.getIndexReader().maxDoc();
            int segments = s.getIndexReader().leaves().size();
            int leftOut = 0;
            int unranked = 0;
            for (CompiledQuery q : queries()) {
                ClauseScores all = ClauseScores.score(s, q, new Workspace(maxDoc, segments), null, false, 0, 0);
                for (int window : new int[] {1, 3, 10}) {
                    ClauseScores some = ClauseScores.score(s, q, new Workspace(maxDoc, segments), null, false,
                            0, window);
                    int[] strict = some.strictMatches(s.entries());
                    assertThat(strict).isEqualTo(all.strictMatches(s.entries()));
                    leftOut += sameWindow(strict, window, all::strictScore, some::strictScore);
                    int[] most = some.wordMatches(s.entries(), q.looseMinimum());
                    assertThat(most).isEqualTo(all.wordMatches(s.entries(), q.looseMinimum()));
                    if (strict.length < window) {
                        leftOut += sameWindow(most, window, all::wordsScore, some::wordsScore);
                    } else {
                        // The strict matches fill the window: the most-words pass only matches and counts.
                        unranked += unranked(most, all::wordsScore, some::wordsScore);
                    }
                }
            }
            // Something was left out, or this compares nothing the pruning does.
            assertThat(leftOut).isPositive();
            assertThat(unranked).isPositive();
        }
    }

    /** How many of {@code docs} were not scored fully: none may score above its exact score. */
    private static int unranked(int[] docs, DocScore exact, DocScore pruned) {
        int partial = 0;
        for (int doc : docs) {
            assertThat(pruned.of(doc)).as("doc %d", doc).isLessThanOrEqualTo(exact.of(doc));
            partial += pruned.of(doc) == exact.of(doc) ? 0 : 1;
        }
        return partial;
    }

    /** Checks the window of {@code docs}; returns how many candidates kept a partial score. */
    private static int sameWindow(int[] docs, int window, DocScore exact, DocScore pruned) {
        float[] scores = new float[docs.length];
        for (int i = 0; i < docs.length; i++) {
            scores[i] = exact.of(docs[i]);
        }
        float[] sorted = scores.clone();
        java.util.Arrays.sort(sorted);
        float last = docs.length < window ? Float.NEGATIVE_INFINITY : sorted[docs.length - window];
        int partial = 0;
        for (int i = 0; i < docs.length; i++) {
            float score = pruned.of(docs[i]);
            if (scores[i] >= last) {
                assertThat(score).as("doc %d in the window", docs[i]).isEqualTo(scores[i]);
            } else {
                assertThat(score).as("doc %d below the window", docs[i]).isLessThan(last);
                partial += score == scores[i] ? 0 : 1;
            }
        }
        return partial;
    }

    private static void check(Commit s, CompiledQuery q) throws IOException {
        int maxDoc = s.getIndexReader().maxDoc();
        FixedBitSet live = s.entries();
        List<FixedBitSet> strict = new ArrayList<>();
        for (Query c : q.strict()) {
            strict.add(matches(s, c));
        }
        FixedBitSet excluded = new FixedBitSet(maxDoc);
        for (Query x : q.excludedClauses()) {
            excluded.or(matches(s, x));
        }
        int[] count = new int[maxDoc];
        for (Query w : q.words()) {
            FixedBitSet m = matches(s, w);
            for (int d = 0; d < maxDoc; d++) {
                count[d] += m.get(d) ? 1 : 0;
            }
        }
        Workspace narrow = new Workspace(maxDoc, s.getIndexReader().leaves().size());
        Workspace everywhere = new Workspace(maxDoc, s.getIndexReader().leaves().size());
        // This index is small: narrowed from the first posting on, or not at all at the default.
        ClauseScores some = ClauseScores.score(s, q, narrow, null, false, 0, 0);
        assertThat(some.narrowed()).isTrue();
        assertThat(ClauseScores.score(s, q, everywhere, null, false, Candidates.FEW, 0).narrowed()).isFalse();
        ClauseScores all = ClauseScores.score(s, q, everywhere, null, true, Candidates.FEW, 0);
        assertThat(all.narrowed()).isFalse();
        int strictMatches = 0;
        int mostMatches = 0;
        for (int d = 0; d < maxDoc; d++) {
            boolean candidate = live.get(d) && !excluded.get(d);
            int doc = d;
            boolean everyClause = candidate && strict.stream().allMatch(m -> m.get(doc));
            boolean mostWords = candidate && !q.words().isEmpty() && count[d] >= q.looseMinimum();
            assertThat(some.strict(d) && live.get(d)).as("strict %d", d).isEqualTo(everyClause);
            assertThat(all.strict(d) && live.get(d)).as("strict everywhere %d", d).isEqualTo(everyClause);
            assertThat(some.words(d, q.looseMinimum()) && live.get(d)).as("most words %d", d).isEqualTo(mostWords);
            if (everyClause) {
                assertThat(some.strictScore(d)).as("strict score %d", d).isEqualTo(all.strictScore(d));
                strictMatches++;
            }
            if (mostWords) {
                assertThat(some.wordsScore(d)).as("words score %d", d).isEqualTo(all.wordsScore(d));
                mostMatches++;
            }
        }
        // What is compared is not empty where the query can match.
        if (q.strict().size() == 3) {
            assertThat(strictMatches).isPositive();
        }
        if (!q.words().isEmpty() && q.looseMinimum() <= 3) {
            assertThat(mostMatches).isPositive();
        }
    }

    private static FixedBitSet matches(Commit s, Query q) throws IOException {
        FixedBitSet out = new FixedBitSet(s.getIndexReader().maxDoc());
        for (ScoreDoc sd : s.search(q, Math.max(1, out.length())).scoreDocs) {
            out.set(sd.doc);
        }
        return out;
    }

    private interface DocScore {
        float of(int doc);
    }
}
