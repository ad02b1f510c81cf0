package dev.weeklysearch.search.commit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;

/**
 * A field's norms as one byte a document on the heap, read once per commit. Term leaves read a
 * norm for every document they match; through the norms' doc values each read is a memory-mapped
 * byte behind a liveness check of its memory session, which at 100× the corpus was about 5 % of the
 * query path's samples. BM25's norms are one byte each ({@code SmallFloat.intToByte4}); a field
 * whose norms do not fit is not cached. A document without a norm gets 1, as a term scorer scores it.
 */
final class NormCache {
    private static final byte[][] NONE = new byte[0][];

    private final List<LeafReaderContext> segments;
    private final Map<String, byte[][]> fields = new ConcurrentHashMap<>();

    NormCache(List<LeafReaderContext> segments) {
        this.segments = segments;
    }

    /** The segment's norms of {@code field}, indexed by the segment's document; null when not cached. */
    byte[] of(LeafReaderContext segment, String field) {
        byte[][] all = fields.computeIfAbsent(field, this::read);
        return all == NONE ? null : all[segment.ord];
    }

    private byte[][] read(String field) {
        byte[][] out = new byte[segments.size()][];
        try {
            for (LeafReaderContext segment : segments) {
                NumericDocValues norms = segment.reader().getNormValues(field);
                if (norms == null) {
                    return NONE;
                }
                byte[] bytes = new byte[segment.reader().maxDoc()];
                Arrays.fill(bytes, (byte) 1);
                for (int d = norms.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = norms.nextDoc()) {
                    long norm = norms.longValue();
                    if (norm != (byte) norm) {
                        return NONE;
                    }
                    bytes[d] = (byte) norm;
                }
                out[segment.ord] = bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
