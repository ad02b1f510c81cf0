package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.source.FolderSource;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.PostState;
import dev.weeklysearch.source.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
    @TempDir
    Path tmp;

    @Test
    void aRunWithNothingToDoCommitsNothing() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        long generation = generation(index);

        ReindexSummary again = FixtureIndex.build(FixtureIndex.posts(), index);

        assertThat(generation(index)).isEqualTo(generation);
        assertThat(again.entriesInIndex()).isNotEmpty();
    }

    @Test
    void aStateCopyOfAnotherCommitIsIgnored() throws Exception {
        Path index = tmp.resolve("index");
        FixtureIndex.build(FixtureIndex.posts(), index);
        // As if a run was killed between its commit and writing the copy: the copy names an older commit.
        Files.writeString(index.resolve(StateCopy.FILE), "segments_0\npost:sofa-weekly-20190802=bad\tx\t\t\n",
                StandardCharsets.UTF_8);

        ReindexSummary s = FixtureIndex.build(FixtureIndex.posts(), index);

        assertThat(s.changed()).isZero();
        assertThat(s.unchanged()).isEqualTo(3);
    }

    @Test
    void skipsUnchangedPostsOnTheSecondRun() throws Exception {
        Path index = tmp.resolve("index");
        ReindexSummary first = FixtureIndex.build(FixtureIndex.posts(), index);
        ReindexSummary second = FixtureIndex.build(FixtureIndex.posts(), index);

        assertThat(first.changed()).isEqualTo(3);
        assertThat(first.failures()).isEmpty();
        assertThat(first.entriesInIndex()).containsKeys("qa", "release");
        assertThat(second.changed()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
        assertThat(second.entriesWritten()).isEmpty();
        assertThat(second.entriesInIndex()).isEqualTo(first.entriesInIndex());
    }

    @Test
    void reanalysesAChangedPostAndDeletesAVanishedOne() throws Exception {
        Path posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        Path index = tmp.resolve("index");
        FixtureIndex.build(posts, index);
        Path changed = posts.resolve("sofa-weekly-20210305.md");
        Files.writeString(changed, Files.readString(changed, StandardCharsets.UTF_8) + "\n- [新加的一篇文章](/blog/new/)\n",
                StandardCharsets.UTF_8);
        Files.delete(posts.resolve("sofa-weekly-20200110.md"));

        ReindexSummary s = FixtureIndex.build(posts, index);

        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(1);
        assertThat(s.removed()).isEqualTo(1);
        assertThat(docsOf(index, "sofa-weekly-20200110")).isZero();
        assertThat(docsOf(index, "sofa-weekly-20210305")).isPositive();
    }

    @Test
    void aMalformedPostIsCountedAndItsPreviousEntriesStay() throws Exception {
        Path posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        Path index = tmp.resolve("index");
        FixtureIndex.build(posts, index);
        int before = docsOf(index, "sofa-weekly-20210305");
        Files.writeString(posts.resolve("sofa-weekly-20210305.md"), "", StandardCharsets.UTF_8);

        ReindexSummary s = FixtureIndex.build(posts, index);

        assertThat(s.failures()).hasSize(1);
        assertThat(s.failures().get(0).location()).endsWith("sofa-weekly-20210305.md");
        assertThat(s.removed()).isZero();
        assertThat(docsOf(index, "sofa-weekly-20210305")).isEqualTo(before);
    }

    @Test
    void aSourceThatFailsAsAWholeDeletesNothing() throws Exception {
        Path index = tmp.resolve("index");
        ReindexSummary first = FixtureIndex.build(FixtureIndex.posts(), index);

        ReindexSummary s = new Indexer(index, new Extractor()).reindex(List.of(new Unreachable()), false,
                ProgressListener.NONE);

        assertThat(s.complete()).isFalse();
        assertThat(s.removed()).isZero();
        assertThat(s.failures()).extracting(ReindexSummary.Failure::reason).containsExactly("unreachable");
        assertThat(s.entriesInIndex()).isEqualTo(first.entriesInIndex());
    }

    @Test
    void aFullRebuildWithAFailedSourceKeepsThePreviousIndex() throws Exception {
        Path index = tmp.resolve("index");
        ReindexSummary first = FixtureIndex.build(FixtureIndex.posts(), index);

        assertThatThrownBy(() -> new Indexer(index, new Extractor())
                .reindex(List.of(new FolderSource(FixtureIndex.posts()), new Unreachable()), true, ProgressListener.NONE))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("previous index kept");
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            assertThat(IndexStats.entriesByType(r)).isEqualTo(first.entriesInIndex());
        }
    }

    @Test
    void aSecondWriterGetsAClearMessage() throws Exception {
        Path posts = FixtureIndex.copyPosts(tmp.resolve("posts"));
        Path index = tmp.resolve("index");
        FixtureIndex.build(posts, index);
        Files.writeString(posts.resolve("sofa-weekly-20220107.md"), Files.readString(
                posts.resolve("sofa-weekly-20210305.md"), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        try (FSDirectory d = FSDirectory.open(index); IndexWriter holder = new IndexWriter(d, new IndexWriterConfig())) {
            assertThatThrownBy(() -> FixtureIndex.build(posts, index))
                    .hasRootCauseInstanceOf(org.apache.lucene.store.LockObtainFailedException.class)
                    .hasMessageContaining("another process is writing the index");
            assertThat(holder.isOpen()).isTrue();
        }
    }

    private static long generation(Path index) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getGeneration();
        }
    }

    private static int docsOf(Path index, String slug) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            return new IndexSearcher(r).count(new TermQuery(new Term(Schema.SLUG, slug)));
        }
    }

    private static final class Unreachable implements PostSource {
        @Override
        public void read(Map<String, PostState> known, PostSink sink) throws SourceException {
            throw new SourceException("unreachable");
        }

        @Override
        public String describe() {
            return "http://127.0.0.1:1/sitemap.xml";
        }
    }
}
