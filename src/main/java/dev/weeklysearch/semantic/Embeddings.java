package dev.weeklysearch.semantic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second way text becomes something to search by: unit vectors of an in-process embedding
 * model (BGE small zh v1.5, int8, run by ONNX Runtime from inside the jar; nothing is downloaded).
 * One instance serves one reindex, with its content-hash cache beside the index; query vectors
 * come from {@link #query}. The model loads lazily, once per process.
 */
public final class Embeddings {
    /** Names the model and how passages are built; a new id re-embeds every entry. */
    public static final String MODEL_ID = "bge-small-zh-v1.5-q/passage-300";
    /** Length of every vector. */
    public static final int DIMENSIONS = 512;
    /** The cache file in an index folder. */
    public static final String CACHE_FILE = "embeddings.bin";
    private final Path file;
    private final String modelId;
    private final AtomicInteger computed = new AtomicInteger();
    private volatile VectorCache cache;

    /**
     * @param cacheFile where vectors are cached between runs
     * @param modelId   the id recorded with the vectors ({@link #MODEL_ID} but in tests)
     */
    public Embeddings(Path cacheFile, String modelId) {
        this.file = cacheFile;
        this.modelId = modelId;
    }

    /** Embeddings for the index in {@code indexDir}, cached in its {@link #CACHE_FILE}. */
    public static Embeddings forIndex(Path indexDir) {
        return new Embeddings(indexDir.resolve(CACHE_FILE), MODEL_ID);
    }

    public String modelId() {
        return modelId;
    }

    /** The vector of a passage: from the cache when this text was embedded before, else computed. */
    public float[] passage(String text) {
        return cache().get(VectorCache.Key.of(text), () -> {
            computed.incrementAndGet();
            return Model.embed(text);
        });
    }

    /** Passages this instance had to compute (cache misses). */
    public int computed() {
        return computed.get();
    }

    /**
     * Saves the cache if anything was embedded; a no-change reindex never loaded it.
     *
     * @param prune keep only vectors used in this run (after a full rebuild)
     */
    public void save(boolean prune) throws IOException {
        VectorCache c = cache;
        if (c != null) {
            c.save(file, prune);
        }
    }

    private VectorCache cache() {
        VectorCache c = cache;
        if (c == null) {
            synchronized (this) {
                if (cache == null) {
                    cache = VectorCache.load(file, modelId);
                }
                c = cache;
            }
        }
        return c;
    }

    /** Loads the model and runs it once, so the first visitor does not wait for it. */
    public static void warm() {
        Model.embed("预热 warm-up");
    }

    /** Texts embedded in this process, queries included. */
    public static long computedInProcess() {
        return Model.computed();
    }
}
