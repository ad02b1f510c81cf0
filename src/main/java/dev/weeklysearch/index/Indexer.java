package dev.weeklysearch.index;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.PostState;
import dev.weeklysearch.source.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Runs a reindex: reads the sources, writes changed posts, deletes vanished ones, commits once.
 * Readers only ever see whole commits, so a run that fails or is killed leaves the previous
 * index complete and serving.
 */
public final class Indexer {
    /** Part of every content hash: bump it when the extractor or the schema changes what is indexed. */
    static final String FORMAT = "weekly-search-index-1";

    private final Path dir;
    private final Extractor extractor;

    public Indexer(Path dir, Extractor extractor) {
        this.dir = dir;
        this.extractor = extractor;
    }

    /**
     * @param full rebuild from scratch instead of skipping unchanged posts
     * @throws IndexBusyException when another process is writing the index
     */
    public ReindexSummary reindex(List<PostSource> sources, boolean full, ProgressListener progress)
            throws IndexBusyException, IOException {
        Instant start = Instant.now();
        Files.createDirectories(dir);
        try (FSDirectory directory = FSDirectory.open(dir)) {
            IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(false);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                throw new IndexBusyException("another process is writing the index in " + dir
                        + "; wait for it to finish and try again", e);
            }
            try (writer) {
                return run(writer, sources, full, progress, start);
            } catch (IOException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            }
        }
    }

    private ReindexSummary run(IndexWriter writer, List<PostSource> sources, boolean full, ProgressListener progress,
            Instant start) throws IOException {
        Map<String, PostState> known = KnownPosts.read(writer);
        if (full) {
            writer.deleteAll();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        IndexingSink sink = new IndexingSink(writer, extractor, full ? Map.of() : known, FORMAT, progress, pool,
                threads * 4);
        boolean complete = true;
        List<ReindexSummary.Failure> sourceFailures = new ArrayList<>();
        try {
            for (PostSource source : sources) {
                try {
                    source.read(full ? Map.of() : known, sink);
                } catch (SourceException e) {
                    complete = false;
                    sourceFailures.add(new ReindexSummary.Failure(source.describe(), e.getMessage()));
                }
            }
            sink.awaitAll();
        } finally {
            pool.shutdownNow();
        }
        if (full && !complete) {
            throw new IOException("a source could not be read, so the full rebuild was abandoned and the previous "
                    + "index kept: " + sourceFailures);
        }
        int removed = complete ? removeVanished(writer, known.keySet(), sink) : 0;
        if (writer.hasUncommittedChanges()) {
            // Nothing changed means no commit: no fsync, and readers keep their generation.
            writer.setLiveCommitData(Map.of(Schema.COMMIT_LAST_REINDEX, Instant.now().toString()).entrySet());
            writer.commit();
        }

        List<ReindexSummary.Failure> failures = new ArrayList<>(sourceFailures);
        failures.addAll(sink.failures);
        Map<String, Integer> written = new TreeMap<>();
        sink.written.forEach((k, v) -> written.put(k, v.get()));
        return new ReindexSummary(sink.seen.size(), sink.changed.get(), sink.unchanged.get(), removed, written,
                IndexStats.entriesByKind(writer), failures, complete, Duration.between(start, Instant.now()));
    }

    /** Deletes posts the sources no longer have, and posts reported gone (404/410). */
    private static int removeVanished(IndexWriter writer, Set<String> known, IndexingSink sink) throws IOException {
        Set<String> remove = new HashSet<>(known);
        remove.removeAll(sink.seen);
        remove.removeAll(sink.kept);
        remove.addAll(sink.gone);
        remove.retainAll(known);
        for (String slug : remove) {
            writer.deleteDocuments(new Term(Schema.SLUG, slug));
        }
        return remove.size();
    }
}
