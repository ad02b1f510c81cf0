package dev.weeklysearch.semantic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.util.StringHelper;

/**
 * Passage vectors by content hash, in one file beside the index: a reindex then embeds only the
 * texts it has never seen, and {@code --full} embeds nothing that did not change. The file names
 * its model; a file of another model (or a damaged one) is ignored, so a new model re-embeds all.
 */
final class VectorCache {
    private static final int MAGIC = 0x57534543; // "WSEC"

    /** 128-bit hash of an embedded text. */
    record Key(long high, long low) {
        static Key of(String text) {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            long[] h = StringHelper.murmurhash3_x64_128(b, 0, b.length, 0x5eed);
            return new Key(h[0], h[1]);
        }
    }

    private final String modelId;
    private final Map<Key, float[]> vectors = new ConcurrentHashMap<>();
    private final Set<Key> used = ConcurrentHashMap.newKeySet();
    private volatile boolean changed;

    private VectorCache(String modelId) {
        this.modelId = modelId;
    }

    /** The cache in {@code file} when it holds vectors of {@code modelId}, else an empty one. */
    static VectorCache load(Path file, String modelId) {
        VectorCache c = new VectorCache(modelId);
        if (!Files.isRegularFile(file)) {
            return c;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(modelId)) {
                return c;
            }
            int n = in.readInt();
            int dims = in.readInt();
            for (int i = 0; i < n; i++) {
                Key k = new Key(in.readLong(), in.readLong());
                float[] v = new float[dims];
                for (int d = 0; d < dims; d++) {
                    v[d] = in.readFloat();
                }
                c.vectors.put(k, v);
            }
        } catch (EOFException e) {
            c.vectors.clear(); // a torn file is a cold cache, never an error
        } catch (IOException e) {
            c.vectors.clear();
        }
        return c;
    }

    /**
     * The cached vector, else {@code compute}'s, remembered. Atomic per text: a reprint indexed by
     * two threads at once is embedded once.
     */
    float[] get(Key k, Supplier<float[]> compute) {
        used.add(k);
        return vectors.computeIfAbsent(k, x -> {
            changed = true;
            return compute.get();
        });
    }

    int size() {
        return vectors.size();
    }

    /**
     * Writes the cache when it changed (or when pruning drops entries), through a temporary file so
     * a crash leaves the old file whole.
     *
     * @param prune keep only the vectors this run used (a full rebuild saw every entry)
     */
    void save(Path file, boolean prune) throws IOException {
        if (prune && vectors.keySet().retainAll(used)) {
            changed = true;
        }
        if (!changed || vectors.isEmpty()) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            out.writeInt(MAGIC);
            out.writeUTF(modelId);
            Map<Key, float[]> snapshot = Map.copyOf(vectors);
            out.writeInt(snapshot.size());
            out.writeInt(snapshot.values().iterator().next().length);
            for (Map.Entry<Key, float[]> e : snapshot.entrySet()) {
                out.writeLong(e.getKey().high());
                out.writeLong(e.getKey().low());
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        changed = false;
    }
}
