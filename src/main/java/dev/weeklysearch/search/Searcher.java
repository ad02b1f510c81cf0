package dev.weeklysearch.search;

import dev.weeklysearch.index.IndexStats;
import dev.weeklysearch.index.Schema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search facade: one shared searcher over an index folder, refreshed in the background when
 * another process commits a reindex, so no query ever sees half a reindex and none waits for it.
 */
public final class Searcher implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Searcher.class);
    /** Reprints are collapsed within this many top documents per requested hit. */
    private static final int COLLAPSE_WINDOW = 3;

    private final FSDirectory directory;
    private final SearcherManager manager;
    private final ScheduledExecutorService refresher;
    private final QueryFactory queries = new QueryFactory();

    private Searcher(FSDirectory directory, SearcherManager manager, long refreshMillis) {
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
        return open(dir, 1000);
    }

    public static Searcher open(Path dir, long refreshMillis) throws IOException {
        FSDirectory d = FSDirectory.open(dir);
        try {
            return new Searcher(d, new SearcherManager(d, null), refreshMillis);
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
     * for SmartCN's dictionaries and the JIT (the first query costs about a second otherwise).
     */
    public void warm() throws IOException {
        search(SearchRequest.of("SOFAJRaft 分布式事务 0.6.0"));
        search(SearchRequest.of("分佈式 mosn \"multi raft\" -x"));
    }

    /** Picks up a newer commit, if any; also called on a timer. */
    public void refresh() {
        try {
            manager.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("index refresh failed; still serving the previous commit: {}", e.toString());
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        VisitorQuery vq = VisitorQuery.parse(request.query());
        IndexSearcher searcher = manager.acquire();
        try {
            Query filter = QueryFactory.filter(request);
            boolean relaxed = false;
            Query query = QueryFactory.withFilter(queries.build(vq, false), filter);
            FacetCounts.Result facets = searcher.search(query, new FacetCounts());
            if (facets.distinct() == 0 && vq.clauses().stream().filter(c -> !c.excluded()).count() > 0) {
                Query loose = QueryFactory.withFilter(queries.build(vq, true), filter);
                FacetCounts.Result looseFacets = searcher.search(loose, new FacetCounts());
                if (looseFacets.distinct() > 0) {
                    relaxed = true;
                    query = loose;
                    facets = looseFacets;
                }
            }
            List<Hit> hits = page(searcher, query, vq, request);
            double took = (System.nanoTime() - start) / 1e6;
            return new SearchResult(request.query(), facets.distinct(), request.page(), request.size(),
                    Math.round(took * 100) / 100.0, relaxed, hits, facets.facets());
        } finally {
            manager.release(searcher);
        }
    }

    private List<Hit> page(IndexSearcher searcher, Query query, VisitorQuery vq, SearchRequest r) throws IOException {
        int wanted = r.page() * r.size();
        int window = Math.max(wanted * COLLAPSE_WINDOW, 30);
        Sort sort = r.sort() == SearchRequest.Sort.DATE
                ? new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField(Schema.DATE, SortField.Type.LONG, true));
        TopFieldDocs top = searcher.search(query, window, sort, true);
        List<Collapser.Group> groups = Collapser.collapse(searcher, top.scoreDocs);
        int from = Math.min((r.page() - 1) * r.size(), groups.size());
        List<Collapser.Group> slice = groups.subList(from, Math.min(wanted, groups.size()));
        return HitReader.read(searcher, slice, queries.highlight(vq));
    }

    public List<String> suggest(String prefix, int max) throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            return Suggestions.of(searcher.getIndexReader(), prefix, max);
        } finally {
            manager.release(searcher);
        }
    }

    /** Generation, entry counts and last reindex time of the commit being served. */
    public Map<String, Object> health() throws IOException {
        IndexSearcher searcher = manager.acquire();
        try {
            DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
            IndexCommit commit = reader.getIndexCommit();
            Map<String, Integer> kinds = IndexStats.entriesByKind(reader);
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("status", "ok");
            h.put("generation", commit.getGeneration());
            h.put("entries", kinds.values().stream().mapToInt(Integer::intValue).sum());
            h.put("entriesByType", kinds);
            h.put("lastReindex", commit.getUserData().getOrDefault(Schema.COMMIT_LAST_REINDEX, ""));
            h.put("indexBytes", indexBytes());
            return h;
        } finally {
            manager.release(searcher);
        }
    }

    /** Bytes of the files of the current index folder. */
    public long indexBytes() throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            try {
                total += directory.fileLength(f);
            } catch (IOException e) {
                // A file deleted by a concurrent commit between listing and sizing: not part of the index any more.
            }
        }
        return total;
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
