package dev.weeklysearch.index;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.semantic.Embeddings;
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
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * Runs a reindex: reads the sources, writes changed posts, deletes vanished ones, commits once.
 * Readers only ever see whole commits, so a run that fails or is killed leaves the previous
 * index complete and serving. A run that finds nothing to change neither opens a writer nor commits.
 */
public final class Indexer {
    /** Part of every content hash: bump it when the extractor or the schema changes what is indexed. */
    static final String FORMAT = "weekly-search-index-8";

    private final Path dir;
    private final Extractor extractor;
    /** Null for a lexical-only index. */
    private final Embeddings embeddings;

    /** A lexical-only indexer: no vectors, the embedding model never loads. */
    public Indexer(Path dir, Extractor extractor) {
        this(dir, extractor, null);
    }

    /** @param embeddings the vectors' model and cache, or null for a lexical-only index */
    public Indexer(Path dir, Extractor extractor, Embeddings embeddings) {
        this.dir = dir;
        this.extractor = extractor;
        this.embeddings = embeddings;
    }

    /**
     * @param full rebuild from scratch instead of skipping unchanged posts
     * @throws IndexBusyException when another process is writing the index and this run has changes to write
     */
    public ReindexSummary reindex(List<PostSource> sources, boolean full, ProgressListener progress)
            throws IndexBusyException, IOException {
        Instant start = Instant.now();
        Files.createDirectories(dir);
        // NIOFS, not mmap: the writer reads little, and mmap's setup is a measurable part of a no-change run.
        try (Directory directory = new NIOFSDirectory(dir); LazyWriter writer = new LazyWriter(directory, dir)) {
            try {
                return run(directory, writer, sources, full, progress, start);
            } catch (LazyWriter.BusyException e) {
                writer.rollback();
                throw e.busy();
            } catch (IOException | RuntimeException | Error e) {
                writer.rollback();
                throw e;
            }
        }
    }

    private ReindexSummary run(Directory directory, LazyWriter writer, List<PostSource> sources, boolean full,
            ProgressListener progress, Instant start) throws IOException {
        CommitState last = CommitState.read(directory);
        String model = embeddings == null ? "" : embeddings.modelId();
        // Vectors of another model (or none) cannot be fused with this one's: every entry again.
        full = full || (embeddings != null && !last.posts().isEmpty() && !model.equals(last.model()));
        Map<String, PostState> known = full ? Map.of() : last.posts();
        if (full) {
            writer.get().deleteAll();
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        IndexingSink sink = new IndexingSink(writer, extractor, known, FORMAT, progress, pool, threads * 4, embeddings);
        boolean complete = true;
        List<ReindexSummary.Failure> sourceFailures = new ArrayList<>();
        try {
            for (PostSource source : sources) {
                try {
                    source.read(known, sink);
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
        int removed = complete ? removeVanished(writer, last.posts().keySet(), sink) : 0;

        Map<String, Integer> entries = last.entries();
        String lastReindex = last.lastReindex();
        if (writer.isOpen() || sink.statesChanged.get()) {
            IndexWriter w = writer.get();
            entries = IndexStats.entriesByType(w);
            lastReindex = Instant.now().toString();
            if (embeddings != null) {
                embeddings.save(full);
            }
            Map<String, String> data = new CommitState(sink.states, entries, lastReindex, model).toUserData();
            w.setLiveCommitData(data.entrySet());
            w.commit();
            StateCopy.write(directory, SegmentInfos.getLastCommitSegmentsFileName(directory.listAll()), data);
        }

        List<ReindexSummary.Failure> failures = new ArrayList<>(sourceFailures);
        failures.addAll(sink.failures);
        Map<String, Integer> written = new TreeMap<>();
        sink.written.forEach((k, v) -> written.put(k, v.get()));
        return new ReindexSummary(sink.seen.size(), sink.changed.get(), sink.unchanged.get(), removed,
                sink.skips.byReason(), written,
                entries, failures, complete, Duration.between(start, Instant.now()));
    }

    /** Deletes posts the sources no longer have, and posts reported gone (404/410). */
    private static int removeVanished(LazyWriter writer, Set<String> known, IndexingSink sink) throws IOException {
        Set<String> remove = new HashSet<>(known);
        remove.removeAll(sink.seen);
        remove.removeAll(sink.kept);
        remove.removeAll(sink.skips.posts);
        remove.addAll(sink.gone);
        remove.retainAll(known);
        int removed = 0;
        for (String slug : remove) {
            sink.states.remove(slug);
            if (sink.knownAsSkipped(slug)) {
                // a skipped post that left the sources: nothing indexed to delete, only its state to forget
                sink.statesChanged.set(true);
                continue;
            }
            writer.get().deleteDocuments(new Term(Schema.SLUG, slug));
            removed++;
        }
        return removed;
    }
}
