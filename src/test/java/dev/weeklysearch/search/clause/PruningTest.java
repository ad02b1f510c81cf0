package dev.weeklysearch.search.clause;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.search.query.TypoAutomata;
import dev.weeklysearch.search.query.Typos;
import dev.weeklysearch.search.query.UnknownWordQuery;
import java.io.IOException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class PruningTest {
    private static final String[] TEXTS = {"multi raft group", "raft learner read", "seata saga mode", "raft raft multi"};

    private static Query term(String word) {
        return new TermQuery(new Term("f", word));
    }

    private static IndexSearcher index(ByteBuffersDirectory dir) throws IOException {
        return index(dir, "f");
    }

    private static IndexSearcher index(ByteBuffersDirectory dir, String field) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String text : TEXTS) {
                Document d = new Document();
                d.add(new TextField(field, text, Field.Store.NO));
                w.addDocument(d);
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static Pruning pruning(IndexSearcher s) {
        return new Pruning(t -> TermStates.build(s, t, true));
    }

    @Test
    void aPrunedQueryScoresEveryDocumentAsTheWholeOne() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            Query whole = new BooleanQuery.Builder()
                    .add(term("raft"), Occur.SHOULD)
                    .add(new BoostQuery(term("absent"), 3f), Occur.SHOULD)
                    .add(new PhraseQuery("f", "multi", "nowhere"), Occur.SHOULD)
                    .add(new PhraseQuery("f", "multi", "raft"), Occur.SHOULD)
                    .add(new BooleanQuery.Builder().add(term("saga"), Occur.SHOULD).add(term("gone"), Occur.SHOULD)
                            .setMinimumNumberShouldMatch(1).build(), Occur.SHOULD)
                    .build();
            Query pruned = pruning(s).prune(whole);
            assertThat(pruned).isNotEqualTo(whole);
            assertThat(pruned.toString()).doesNotContain("absent", "nowhere", "gone");
            assertThat(scores(s, pruned)).containsExactly(scores(s, whole));
        }
    }

    @Test
    void aRequiredAbsentPartOrAnUnreachableMinimumLeavesNothing() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            Pruning p = pruning(s);
            assertThat(p.prune(new BooleanQuery.Builder().add(term("raft"), Occur.MUST)
                    .add(term("absent"), Occur.MUST).build())).isNull();
            assertThat(p.prune(new BooleanQuery.Builder().add(term("raft"), Occur.SHOULD)
                    .add(term("absent"), Occur.SHOULD).setMinimumNumberShouldMatch(2).build())).isNull();
            assertThat(p.prune(new PhraseQuery("f", "raft", "absent"))).isNull();
            // An absent exclusion excludes nothing: only the wanted word is left.
            Query q = p.prune(new BooleanQuery.Builder().add(term("raft"), Occur.MUST)
                    .add(term("absent"), Occur.MUST_NOT).build());
            assertThat(s.count(q)).isEqualTo(3);
        }
    }

    @Test
    void aQueryWhoseTermsAreAllHeldKeepsEveryPartAndItsScores() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir);
            Query q = new BooleanQuery.Builder().add(term("raft"), Occur.SHOULD)
                    .add(new PhraseQuery("f", "saga", "mode"), Occur.SHOULD).build();
            Query pruned = pruning(s).prune(q);
            // The phrase comes back with its terms' states (KnownPhraseQuery), printed as before.
            assertThat(pruned.toString()).isEqualTo(q.toString());
            assertThat(scores(s, pruned)).containsExactly(scores(s, q));
        }
    }

    /** Every document's score under {@code q}, 0 where it does not match. */
    private static float[] scores(IndexSearcher s, Query q) throws IOException {
        float[] out = new float[s.getIndexReader().maxDoc()];
        ScoreDoc[] hits = s.search(q, 10).scoreDocs;
        assertThat(hits).isNotEmpty();
        for (ScoreDoc sd : hits) {
            out[sd.doc] = sd.score;
        }
        return out;
    }

    @Test
    void aTypoCorrectionOfAWordTheIndexHoldsIsPrunedAndOfAnUnknownOneKept() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexSearcher s = index(dir, "title");
            Pruning p = pruning(s);
            assertThat(p.prune(Typos.fuzzy("learner", new TypoAutomata.Recent()))).isNull();
            Query corrected = p.prune(Typos.fuzzy("learnr", new TypoAutomata.Recent()));
            assertThat(corrected).isNotNull().isNotInstanceOf(UnknownWordQuery.class);
            assertThat(s.count(corrected)).isEqualTo(1);
        }
    }
}
