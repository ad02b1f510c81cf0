package dev.weeklysearch.search.clause;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * A segment's iterator walked only over the documents of a set over the whole index (the domain).
 * When the domain holds far fewer of the segment's documents than the iterator would visit, the two
 * leapfrog, each jumping to the other's next document, so long postings are read only where the
 * domain has documents (their skip data jumps the rest); otherwise the iterator steps and each of
 * its documents is looked up in the domain, which costs less than a jump per document. No domain
 * (null) means every document.
 */
final class Within {
    /** Leapfrog when the iterator's cost is more than this many times the domain's documents. */
    private static final int LEAP = 4;

    private final DocIdSetIterator it;
    private final FixedBitSet domain;
    private final int base;
    private final int end;
    /** The domain holds none of the segment's documents. */
    private final boolean none;
    /** The iterator steps rather than leapfrogs (from its cost and the domain's size). */
    private final boolean step;

    /** {@code it} over the segment holding the index's documents {@code base} to {@code base + maxDoc - 1}. */
    Within(DocIdSetIterator it, FixedBitSet domain, int base, int maxDoc) {
        this.it = it;
        this.domain = domain;
        this.base = base;
        this.end = base + maxDoc;
        int count = domain == null || maxDoc == 0 ? 0 : domain.cardinality(base, end);
        this.none = domain != null && count == 0;
        this.step = domain == null || it.cost() <= (long) LEAP * count;
    }

    /**
     * Whether the iterator steps over the segment's postings rather than leapfrogging with the domain
     * (and the domain holds some of the segment's documents): then reading its postings in bulk and
     * keeping those of the domain costs less than {@link #next}.
     */
    boolean steps() {
        return step && !none;
    }

    /** The iterator's next document (within its segment) that the domain holds, or NO_MORE_DOCS. */
    int next() throws IOException {
        if (none) {
            return DocIdSetIterator.NO_MORE_DOCS;
        }
        if (step) {
            int d = it.nextDoc();
            while (domain != null && d != DocIdSetIterator.NO_MORE_DOCS && !domain.get(base + d)) {
                d = it.nextDoc();
            }
            return d;
        }
        int from = base + it.docID() + 1;
        while (true) {
            int target = from >= end ? DocIdSetIterator.NO_MORE_DOCS : domain.nextSetBit(from);
            if (target >= end) {
                return DocIdSetIterator.NO_MORE_DOCS;
            }
            int d = it.advance(target - base);
            if (d == DocIdSetIterator.NO_MORE_DOCS || domain.get(base + d)) {
                return d;
            }
            from = base + d + 1;
        }
    }
}
