package dev.weeklysearch.search;

import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.IndexStats;
import dev.weeklysearch.semantic.Embeddings;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search facade: one shared searcher over an index folder, refreshed in the background when
 * another process commits a reindex, so no query ever sees half a reindex and none waits for it.
 */
public final class Searcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Searcher.class);
    public static final int DEFAULT_RESULT_CACHE = 1024;

    private final FSDirectory directory;
    private final CommitManager manager;
    private final ScheduledExecutorService refresher;
    /** The stages, and the caches that outlive commits (one each for this facade's lifetime). */
    private final Pipeline pipeline;
    /** The owner's synonyms, read once per request; swapped whole by {@link #synonyms(Synonyms)}. */
    private volatile Synonyms synonyms = Synonyms.NONE;

    private Searcher(FSDirectory directory, CommitManager manager, long refreshMillis, boolean semantic) {
        this.pipeline = new Pipeline(semantic);
        this.directory = directory;
        this.manager = manager;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "index-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refresh, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
    }

    /** Opens the index in {@code dir}, which must hold a committed index (see {@link #hasIndex}). */
    public static Searcher open(Path dir) throws IOException {
        return open(dir, 1000, DEFAULT_RESULT_CACHE);
    }

    /**
     * @param refreshMillis   how often to look for a newer commit
     * @param resultCacheSize answers kept per index commit for repeated requests; 0 keeps none
     */
    public static Searcher open(Path dir, long refreshMillis, int resultCacheSize) throws IOException {
        return open(dir, refreshMillis, resultCacheSize, true);
    }

    /**
     * @param semantic fuse in the semantic ranking when the index has vectors; false never loads
     *                 the embedding model (the lexical engine alone)
     */
    public static Searcher open(Path dir, long refreshMillis, int resultCacheSize, boolean semantic) throws IOException {
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new Searcher(d, new CommitManager(d, resultCacheSize), refreshMillis, semantic);
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
        }
    }

    /** True when {@code dir} holds a committed index. */
    public static boolean hasIndex(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory d = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(d);
        }
    }

    /**
     * Runs one query of each script through every chain, so that the first visitor does not wait
     * for SmartCN's dictionaries and the JIT (the first query costs about a second otherwise), and
     * builds the commit's completions (about 3 s over the archive on a cold JVM).
     */
    public void warm() throws IOException {
        Served s = manager.acquire();
        try {
            if (pipeline.semanticOn(s)) {
                Embeddings.warm();
            }
            s.completions();
        } finally {
            manager.release(s);
        }
        search(SearchRequest.of("SOFAJRaft 分布式事务 0.6.0"));
        search(SearchRequest.of("分佈式 mosn \"multi raft\" -x"));
    }

    /** Picks up a newer commit, if any; also called on a timer. */
    public void refresh() {
        try {
            Served before = manager.acquire();
            manager.release(before);
            manager.maybeRefresh();
            Served after = manager.acquire();
            try {
                // A new commit's completions are built here, in the background, not on a reader's first keystroke.
                if (after != before) {
                    after.completions();
                }
            } finally {
                manager.release(after);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("index refresh failed; still serving the previous commit: {}", e.toString());
        }
    }

    /**
     * Applies {@code next} from the next request on, without a reindex: the configuration's refresh
     * (or a restart) calls this. Answers kept with the previous synonyms are dropped, and one being
     * computed with them while this runs is never served afterwards.
     */
    public void synonyms(Synonyms next) throws IOException {
        synonyms = next;
        Served s = manager.acquire();
        try {
            s.answers().clear();
        } finally {
            manager.release(s);
        }
    }

    /** The synonyms in use. */
    public Synonyms synonyms() {
        return synonyms;
    }

    public SearchResult search(SearchRequest request) throws IOException {
        return search(request, false);
    }

    /** @param fullText whether hits carry their whole text, not a snippet's worth (answers not cached) */
    public SearchResult search(SearchRequest request, boolean fullText) throws IOException {
        long start = System.nanoTime();
        Served searcher = manager.acquire();
        Synonyms syn = synonyms;
        try {
            SearchResult cached = fullText ? null : searcher.answers().get(request, syn);
            if (cached != null) {
                return cached.withTook(elapsed(start));
            }
            SearchResult result = pipeline.answer(searcher, request, start, fullText, syn);
            if (!fullText) {
                searcher.answers().put(request, syn, result);
            }
            return result;
        } finally {
            manager.release(searcher);
        }
    }

    static double elapsed(long start) {
        return Math.round((System.nanoTime() - start) / 1e4) / 100.0;
    }

    /** Completions of {@code prefix}: phrases of titles and project names as written, the most frequent first. */
    public List<String> suggest(String prefix, int max) throws IOException {
        Served searcher = manager.acquire();
        try {
            return searcher.completions().complete(prefix, max);
        } finally {
            manager.release(searcher);
        }
    }

    /** Generation, entry counts and last reindex time of the commit being served, and the index size. */
    public Map<String, Object> health() throws IOException {
        Served searcher = manager.acquire();
        try {
            return IndexStats.health(searcher.reader(), directory);
        } finally {
            manager.release(searcher);
        }
    }

    /** Bytes of the files of the index folder. */
    public long indexBytes() throws IOException {
        return IndexStats.bytes(directory);
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        List<Exception> errors = new ArrayList<>();
        try {
            manager.close();
        } catch (IOException e) {
            errors.add(e);
        }
        directory.close();
        if (!errors.isEmpty()) {
            throw (IOException) errors.get(0);
        }
    }
}
