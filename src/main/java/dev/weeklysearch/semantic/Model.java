package dev.weeklysearch.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process embedding model, loaded on first use and once per process: loading reads 24 MB
 * of ONNX weights and starts ONNX Runtime, which a lexical-only run must never pay for.
 */
final class Model {
    private static final AtomicLong COMPUTED = new AtomicLong();

    private Model() {
    }

    private static final class Holder {
        // A direct executor: callers (the indexing pool, request threads) already run in parallel.
        static final EmbeddingModel MODEL = load();

        private static EmbeddingModel load() {
            return new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
        }
    }

    /** The unit-length vector of {@code text}. */
    static float[] embed(String text) {
        float[] v = Holder.MODEL.embed(text).content().vector();
        COMPUTED.incrementAndGet();
        return normalise(v);
    }

    static long computed() {
        return COMPUTED.get();
    }

    /** Scaled to length 1, so that a dot product is the cosine. */
    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm == 0f) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
