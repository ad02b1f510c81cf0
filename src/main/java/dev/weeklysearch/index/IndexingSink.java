package dev.weeklysearch.index;

import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.NotWeeklyPost;
import dev.weeklysearch.extract.PostException;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.PostState;
import dev.weeklysearch.source.RawPost;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.StringHelper;

/**
 * Receives posts from the sources and writes the changed ones: extraction and analysis run on a
 * small pool, since SmartCN is the cost and the machine has more than one core.
 */
final class IndexingSink implements PostSink {
    private final LazyWriter writer;
    private final Extractor extractor;
    private final Map<String, PostState> known;
    private final String format;
    private final ProgressListener progress;
    private final BoundedTasks tasks;
    /** Null in a lexical-only index. */
    private final Embeddings embeddings;

    /** The post states the next commit records: the known ones, updated as posts are written. */
    final Map<String, PostState> states;
    final AtomicBoolean statesChanged = new AtomicBoolean();
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final Set<String> kept = ConcurrentHashMap.newKeySet();
    final Set<String> gone = ConcurrentHashMap.newKeySet();
    /** Posts some source of this run delivered or reported unchanged: later sources leave them alone. */
    private final Set<String> delivered = ConcurrentHashMap.newKeySet();
    /** Not weekly posts (their states stay; skipped, not seen) and list pages. */
    final Skips skips = new Skips();
    final AtomicInteger changed = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final Map<String, AtomicInteger> written = new ConcurrentHashMap<>();
    final List<ReindexSummary.Failure> failures = new ArrayList<>();
    private final AtomicInteger done = new AtomicInteger();

    IndexingSink(LazyWriter writer, Extractor extractor, Map<String, PostState> known, String format,
            ProgressListener progress, ExecutorService pool, int maxInFlight, Embeddings embeddings) {
        this.embeddings = embeddings;
        this.writer = writer;
        this.extractor = extractor;
        this.known = known;
        this.states = new ConcurrentHashMap<>(known);
        this.format = format;
        this.progress = progress;
        this.tasks = new BoundedTasks(pool, maxInFlight);
    }

    @Override
    public void accept(RawPost raw) {
        delivered.add(raw.slug());
        String hash = hash(raw.body());
        PostState before = known.get(raw.slug());
        boolean wasSkipped = Skips.marked(before);
        if (before != null && hash.equals(Skips.hashOf(before))) {
            if (!Objects.equals(raw.etag(), before.etag()) || !Objects.equals(raw.lastModified(), before.lastModified())) {
                // Same bytes under new HTTP validators: remember them, or the next crawl fetches the page again.
                states.put(raw.slug(), state(raw, wasSkipped ? Skips.mark(hash) : hash));
                statesChanged.set(true);
            }
            countUnchanged(raw.slug(), wasSkipped);
            progress.post(raw.slug(), done.incrementAndGet());
            return;
        }
        tasks.submit(() -> write(raw, hash), () -> progress.post(raw.slug(), done.incrementAndGet()));
    }

    @Override
    public void unchanged(String slug) {
        delivered.add(slug);
        countUnchanged(slug, Skips.marked(known.get(slug)));
        progress.post(slug, done.incrementAndGet());
    }

    private void countUnchanged(String slug, boolean wasSkipped) {
        if (wasSkipped) {
            skips.notWeekly(slug);
        } else {
            seen.add(slug);
            unchanged.incrementAndGet();
        }
    }

    @Override
    public void skipped(String location, String reason) {
        skips.count(reason);
    }

    @Override
    public boolean delivered(String slug) {
        return delivered.contains(slug);
    }

    /** Whether the last run skipped this post as not weekly. */
    boolean knownAsSkipped(String slug) {
        return Skips.marked(known.get(slug));
    }

    @Override
    public void failed(Failure failure) {
        synchronized (failures) {
            failures.add(new ReindexSummary.Failure(failure.location(), failure.reason()));
        }
        if (failure.slug() != null) {
            (failure.gone() ? gone : kept).add(failure.slug());
        }
    }

    /** Waits for every submitted post; an I/O error of the writer fails the run. */
    void awaitAll() throws IOException {
        tasks.awaitAll();
    }

    private void write(RawPost raw, String hash) {
        Extraction x;
        try {
            x = extractor.extract(raw);
        } catch (NotWeeklyPost e) {
            if (!e.skip().equals(NotWeeklyPost.NO_FRONT_MATTER) || !indexed(raw.slug())) {
                unlist(raw, hash, e.skip());
                return;
            }
            // A weekly post that lost its front matter is a bad edit, not a note: a failure that keeps its entries.
            keep(raw, e);
            return;
        } catch (PostException e) {
            keep(raw, e);
            return;
        }
        List<Document> docs = new ArrayList<>(x.entries().size());
        for (Entry e : x.entries()) {
            docs.add(EntryDocuments.entry(e,
                    embeddings == null ? null : embeddings.passage(EntryDocuments.semanticText(e))));
            written.computeIfAbsent(e.type().id(), k -> new AtomicInteger()).incrementAndGet();
        }
        try {
            // One call per post: its old entries go and its new ones come in the same commit.
            writer.get().updateDocuments(new Term(Schema.SLUG, raw.slug()), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seen.add(raw.slug());
        states.put(raw.slug(), state(raw, hash));
        statesChanged.set(true);
        changed.incrementAndGet();
    }

    /** A post that failed: counted, and its previous entries, if any, keep serving (a bad edit loses nothing). */
    private void keep(RawPost raw, PostException e) {
        seen.add(raw.slug());
        kept.add(raw.slug());
        failed(new Failure(e.location(), raw.slug(), e.reason(), false));
    }

    /** Whether the last commit indexed this post's entries (it was seen and not skipped). */
    private boolean indexed(String slug) {
        PostState before = known.get(slug);
        return before != null && !Skips.marked(before);
    }

    /** A post that is not a weekly post: skipped, remembered, and its entries (if it was one) removed. */
    private void unlist(RawPost raw, String hash, String reason) {
        skips.skipped(raw.slug(), reason);
        try {
            if (indexed(raw.slug())) {
                writer.get().deleteDocuments(new Term(Schema.SLUG, raw.slug()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        states.put(raw.slug(), state(raw, Skips.mark(hash)));
        statesChanged.set(true);
    }

    private static PostState state(RawPost raw, String hash) {
        return new PostState(raw.slug(), raw.location(), hash, raw.etag(), raw.lastModified());
    }

    /**
     * 128-bit MurmurHash3 of the bytes, seeded by the format version so that a new extractor or
     * schema re-analyses everything. It detects edits, it does not resist forgery, and it needs no
     * crypto provider, whose start-up a no-change run would notice.
     */
    private String hash(byte[] body) {
        long[] h = StringHelper.murmurhash3_x64_128(body, 0, body.length, format.hashCode());
        return HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]) + Integer.toHexString(body.length);
    }
}
