package dev.weeklysearch.semantic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectors of visitors' queries, computed by the model and kept for repeated queries. Owned by
 * the search facade (one per process's serving lifetime), not by a commit: a query's vector does
 * not depend on the index. Bound: {@value #MAX_QUERIES} queries (2 KB each), least recently used out.
 */
public final class QueryVectors {
    static final int MAX_QUERIES = 1024;

    private final Map<String, float[]> vectors = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > MAX_QUERIES;
        }
    };

    /** The vector of a visitor's query. */
    public float[] of(String text) {
        synchronized (vectors) {
            float[] v = vectors.get(text);
            if (v != null) {
                return v;
            }
        }
        // Computed outside the lock: a model run takes milliseconds, and other queries need not wait.
        // No BGE query instruction ("为这个句子生成表示…"): measured on the judged queries it fused worse.
        float[] v = Model.embed(text);
        synchronized (vectors) {
            vectors.put(text, v);
        }
        return v;
    }
}
