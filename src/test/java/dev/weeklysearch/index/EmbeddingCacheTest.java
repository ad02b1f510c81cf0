package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The vectors' cache: each text is embedded once, a new model embeds everything again. Uses the real model. */
class EmbeddingCacheTest {
    private static final String MODEL = Embeddings.MODEL_ID;

    @TempDir
    Path tmp;

    private ReindexSummary reindex(Path index, Embeddings e, boolean full) throws Exception {
        return new Indexer(index, new Extractor(), e).reindex(List.of(new FolderSource(FixtureIndex.posts())), full,
                ProgressListener.NONE);
    }

    @Test
    void aFullReindexReusesTheCacheAndANoChangeRunEmbedsNothing() throws Exception {
        Path index = tmp.resolve("index");
        Embeddings cold = Embeddings.forIndex(index);
        reindex(index, cold, false);
        // 14 entries; the reprinted Multi-Raft question has one text, so it is embedded once.
        assertThat(cold.computed()).isEqualTo(13);
        assertThat(index.resolve(Embeddings.CACHE_FILE)).exists();

        Embeddings warm = Embeddings.forIndex(index);
        ReindexSummary full = reindex(index, warm, true);
        assertThat(full.changed()).isEqualTo(3);
        assertThat(warm.computed()).isZero();

        Embeddings again = Embeddings.forIndex(index);
        ReindexSummary none = reindex(index, again, false);
        assertThat(none.changed()).isZero();
        assertThat(again.computed()).isZero();
        assertThat(modelOf(index)).isEqualTo(MODEL);
    }

    @Test
    void anotherModelReembedsEveryEntryWithoutFull() throws Exception {
        Path index = tmp.resolve("index");
        reindex(index, Embeddings.forIndex(index), false);

        Embeddings other = new Embeddings(index.resolve(Embeddings.CACHE_FILE), "another-model");
        ReindexSummary s = reindex(index, other, false);
        assertThat(s.changed()).isEqualTo(3);
        assertThat(other.computed()).isEqualTo(13);
        assertThat(modelOf(index)).isEqualTo("another-model");
    }

    @Test
    void aLexicalIndexHasNoVectorsAndNamesNoModel() throws Exception {
        Path index = tmp.resolve("index");
        long before = Embeddings.computedInProcess();
        new Indexer(index, new Extractor()).reindex(List.of(new FolderSource(FixtureIndex.posts())), false,
                ProgressListener.NONE);
        assertThat(Embeddings.computedInProcess()).isEqualTo(before);
        assertThat(Files.exists(index.resolve(Embeddings.CACHE_FILE))).isFalse();
        assertThat(modelOf(index)).isEmpty();
    }

    private static String modelOf(Path index) throws IOException {
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
            Map<String, String> data = r.getIndexCommit().getUserData();
            return data.getOrDefault(Schema.COMMIT_EMBEDDING_MODEL, "");
        }
    }
}
