package dev.weeklysearch.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.TermCheck;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TyposTest {
    @Test
    void longerLatinWordsAllowMoreEdits() {
        assertThat(Typos.maxEdits("rpc")).isZero();
        // Four letters: one edit, against project names only (fuzzy, below).
        assertThat(Typos.maxEdits("mosm")).isEqualTo(1);
        assertThat(Typos.maxEdits("layoto")).isEqualTo(1);
        assertThat(Typos.maxEdits("kubernetse")).isEqualTo(2);
        assertThat(Typos.maxEdits("分布式事务")).isZero();
        assertThat(Typos.maxEdits("1.3.0")).isZero();
        // A handle of letters and a digit or two ("anorqiu9") is corrected as a word; a version or jdk17 is not.
        assertThat(Typos.maxEdits("anorqui9")).isEqualTo(2);
        assertThat(Typos.maxEdits("jdk17")).isZero();
    }

    @Test
    void aTranspositionCountsOneEdit() {
        assertThat(Typos.distance("sofaboto", "sofaboot")).isEqualTo(1);
        assertThat(Typos.distance("sofaboto", "sofabolt")).isEqualTo(2);
        assertThat(Typos.distance("rheakvv", "rheakv")).isEqualTo(1);
        assertThat(Typos.distance("kubernetse", "kubernetes")).isEqualTo(1);
    }

    @Test
    void noFuzzyClauseForShortWords() {
        assertThat(Typos.fuzzy("rpx", new TypoAutomata.Recent())).isNull();
        assertThat(Typos.fuzzy("Layoto", new TypoAutomata.Recent())).isNotNull();
    }

    @Test
    void aFourLetterWordIsCorrectedToProjectNamesOnly() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                DirectoryReader reader = oneDocument(dir, new WhitespaceAnalyzer(),
                        new TextField(Schema.PROJECT_TEXT, "mosn", Field.Store.NO),
                        new TextField(Schema.TITLE, "mesh moss", Field.Store.NO))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.count(Typos.fuzzy("mosm", new TypoAutomata.Recent()))).isEqualTo(1);
            TermCheck index = t -> reader.docFreq(t) > 0;
            assertThat(DidYouMean.suggestion(reader, index, VisitorQuery.parse("mosm"), new TypoAutomata.Recent())).isEqualTo("mosn");
            // One edit from "mesh" in the titles, and from no project name: left as typed.
            assertThat(DidYouMean.suggestion(reader, index, VisitorQuery.parse("mush"), new TypoAutomata.Recent())).isNull();
            assertThat(searcher.count(Typos.fuzzy("mush", new TypoAutomata.Recent()))).isZero();
        }
    }

    @Test
    void aWordTheIndexHoldsGetsNoCorrectionAnUnknownOneDoes() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                DirectoryReader reader = oneDocument(dir, new WhitespaceAnalyzer(),
                        new TextField(Schema.TITLE, "layotto occlum", Field.Store.NO))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.rewrite(Typos.fuzzy("Layotto", new TypoAutomata.Recent()))).isInstanceOf(MatchNoDocsQuery.class);
            assertThat(searcher.count(Typos.fuzzy("Layotto", new TypoAutomata.Recent()))).isZero();
            assertThat(searcher.count(Typos.fuzzy("layoto", new TypoAutomata.Recent()))).isEqualTo(1);
        }
    }

    @Test
    void aWordTheIndexHoldsAsItsStemIsKnownToo() throws IOException {
        // The index holds stems: "operators" as "oper", "kubernetes" as "kubernet".
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                DirectoryReader reader = oneDocument(dir, Schema.analyzer(),
                        new TextField(Schema.TITLE, "kubernetes operators", Field.Store.NO),
                        new TextField(Schema.TEXT, "kubernetes operators", Field.Store.YES))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            assertThat(searcher.rewrite(Typos.fuzzy("kubernetes", new TypoAutomata.Recent()))).isInstanceOf(MatchNoDocsQuery.class);
            assertThat(searcher.rewrite(Typos.fuzzy("Operators", new TypoAutomata.Recent()))).isInstanceOf(MatchNoDocsQuery.class);
            assertThat(searcher.count(Typos.fuzzy("kubernetse", new TypoAutomata.Recent()))).isEqualTo(1);
            TermCheck index = t -> reader.docFreq(t) > 0;
            assertThat(DidYouMean.suggestion(reader, index, VisitorQuery.parse("kubernetes"), new TypoAutomata.Recent())).isNull();
            assertThat(DidYouMean.suggestion(reader, index, VisitorQuery.parse("kubernetse"), new TypoAutomata.Recent())).isEqualTo("kubernetes");
        }
    }

    @Test
    void aWordOnlyTheAnswersHoldGetsNoCorrection() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                DirectoryReader reader = oneDocument(dir, new WhitespaceAnalyzer(),
                        new TextField(Schema.TITLE, "rocksdb tuning", Field.Store.NO),
                        new TextField(Schema.ANSWER, "rockdb", Field.Store.NO))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            // "rockdb" is a word of the archive (an answer has it): not a typo of the title's "rocksdb".
            assertThat(searcher.rewrite(Typos.fuzzy("rockdb", new TypoAutomata.Recent()))).isInstanceOf(MatchNoDocsQuery.class);
            assertThat(searcher.count(Typos.fuzzy("rocksdbb", new TypoAutomata.Recent()))).isEqualTo(1);
        }
    }

    private static DirectoryReader oneDocument(ByteBuffersDirectory dir, Analyzer analyzer, IndexableField... fields)
            throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            Document d = new Document();
            for (IndexableField f : fields) {
                d.add(f);
            }
            w.addDocument(d);
        }
        return DirectoryReader.open(dir);
    }
}
