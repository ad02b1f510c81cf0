package dev.weeklysearch.search.clause;

import dev.weeklysearch.search.commit.Commit;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOSupplier;

/**
 * Term leaves scored as Lucene's term scorer scores them (the searcher's similarity over the
 * term's statistics, the document's norm, 1 without one; norms from the commit's {@code NormCache}),
 * but walking postings enums kept with a {@link Workspace}: a term scorer allocates a
 * postings enum (some kilobytes of buffers) and a terms enum per segment, and a query has dozens of
 * term leaves, which made them the largest part of what a query allocated. It also lends positions
 * enums to phrase leaves ({@link #lend}). Bound to one searcher's segments, used by one request at a
 * time.
 */
final class TermLeaves {
    private final List<Map<String, TermsEnum>> termsEnums;
    private final List<Map<String, PostingsEnum>> postings;
    private final Map<String, CollectionStatistics> statistics = new HashMap<>();
    /** Documents and frequencies read in bulk. */
    private final DocAndFloatFeatureBuffer buffer = new DocAndFloatFeatureBuffer();
    /** One segment's postings as a set over the index, cleared after each use; made when first needed. */
    private FixedBitSet scratch;
    /** Positions enums lent to phrase leaves, per segment and field, and how many are out. */
    private final List<Map<String, Shelf>> lent;

    private static final class Shelf {
        final List<PostingsEnum> enums = new java.util.ArrayList<>();
        int out;
    }

    TermLeaves(int segments) {
        termsEnums = new java.util.ArrayList<>(segments);
        postings = new java.util.ArrayList<>(segments);
        lent = new java.util.ArrayList<>(segments);
        for (int i = 0; i < segments; i++) {
            termsEnums.add(new HashMap<>());
            postings.add(new HashMap<>());
            lent.add(new HashMap<>());
        }
    }

    /**
     * Adds the boosted term's score of each document holding it to {@code into}, within {@code domain}
     * (all documents when null).
     */
    void score(Commit searcher, TermQuery leaf, float boost, Sums into, FixedBitSet domain)
            throws IOException {
        Term term = leaf.getTerm();
        String field = term.field();
        TermStates states = leaf.getTermStates() != null ? leaf.getTermStates() : searcher.terms().states(term);
        if (states.docFreq() == 0) {
            return;
        }
        CollectionStatistics collection = statistics.get(field);
        if (collection == null) {
            collection = searcher.collectionStatistics(field);
            statistics.put(field, collection);
        }
        Similarity.SimScorer sim = searcher.getSimilarity().scorer(boost, collection,
                searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            IOSupplier<TermState> supplier = states.get(segment);
            TermState state = supplier == null ? null : supplier.get();
            TermsEnum te = state == null ? null : termsEnum(segment, field);
            if (te == null) {
                continue;
            }
            PostingsEnum docs = postings(segment, te, term, state);
            byte[] cached = searcher.norms(segment, field);
            NumericDocValues norms = cached == null ? segment.reader().getNormValues(field) : null;
            Bits live = segment.reader().getLiveDocs();
            int base = segment.docBase;
            Within within = new Within(docs, domain, base, segment.reader().maxDoc());
            if (within.steps()) {
                // In bulk: the postings' documents and frequencies a block at a time.
                docs.nextDoc();
                for (docs.nextPostings(DocIdSetIterator.NO_MORE_DOCS, buffer); buffer.size > 0;
                        docs.nextPostings(DocIdSetIterator.NO_MORE_DOCS, buffer)) {
                    for (int i = 0; i < buffer.size; i++) {
                        int d = buffer.docs[i];
                        if ((domain == null || domain.get(base + d)) && (live == null || live.get(d))) {
                            into.add(base + d, sim.score(buffer.features[i], norm(cached, norms, d)), 1);
                        }
                    }
                }
                continue;
            }
            for (int d = within.next(); d != DocIdSetIterator.NO_MORE_DOCS; d = within.next()) {
                if (live == null || live.get(d)) {
                    into.add(base + d, sim.score(docs.freq(), norm(cached, norms, d)), 1);
                }
            }
        }
    }

    /** The document's norm: from the commit's cache, else from the segment's norms, else 1 (no norms). */
    private static long norm(byte[] cached, NumericDocValues norms, int d) throws IOException {
        if (cached != null) {
            return cached[d];
        }
        return norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
    }

    /**
     * Sets in {@code into} the documents of {@code domain} (all when null) holding the term; deleted
     * ones too, which the caller leaves out once for all leaves.
     */
    void match(Commit searcher, TermQuery leaf, FixedBitSet domain, FixedBitSet into) throws IOException {
        Term term = leaf.getTerm();
        TermStates states = leaf.getTermStates() != null ? leaf.getTermStates() : searcher.terms().states(term);
        if (states.docFreq() == 0) {
            return;
        }
        for (LeafReaderContext segment : searcher.getIndexReader().leaves()) {
            IOSupplier<TermState> supplier = states.get(segment);
            TermState state = supplier == null ? null : supplier.get();
            TermsEnum te = state == null ? null : termsEnum(segment, term.field());
            if (te == null) {
                continue;
            }
            PostingsEnum docs = postings(segment, te, term, state);
            int base = segment.docBase;
            if (domain == null) {
                docs.nextDoc();
                docs.intoBitSet(DocIdSetIterator.NO_MORE_DOCS, into, -base);
                continue;
            }
            int maxDoc = segment.reader().maxDoc();
            Within within = new Within(docs, domain, base, maxDoc);
            if (within.steps()) {
                // In bulk: the postings into a set, then only what the domain holds, 64 documents at a time.
                if (scratch == null) {
                    scratch = new FixedBitSet(searcher.getIndexReader().maxDoc());
                }
                docs.nextDoc();
                docs.intoBitSet(DocIdSetIterator.NO_MORE_DOCS, scratch, -base);
                long[] kept = scratch.getBits();
                long[] in = domain.getBits();
                long[] out = into.getBits();
                for (int i = base >> 6, last = (base + maxDoc - 1) >> 6; i <= last; i++) {
                    out[i] |= kept[i] & in[i];
                }
                scratch.clear(base, base + maxDoc);
                continue;
            }
            for (int d = within.next(); d != DocIdSetIterator.NO_MORE_DOCS; d = within.next()) {
                into.set(base + d);
            }
        }
    }

    /** The segment's kept postings enum of {@code field}, positioned on the term. */
    private PostingsEnum postings(LeafReaderContext segment, TermsEnum te, Term term, TermState state)
            throws IOException {
        te.seekExact(term.bytes(), state);
        PostingsEnum docs = te.postings(postings.get(segment.ord).get(term.field()), PostingsEnum.FREQS);
        postings.get(segment.ord).put(term.field(), docs);
        return docs;
    }

    /**
     * A postings enum of the term {@code te} is positioned on, for a phrase leaf ({@link
     * KnownPhraseQuery}): one kept from an earlier leaf when there is one. It stays the leaf's
     * until {@link #takeBack}, which {@link Leaves} calls once the leaf is scored.
     */
    PostingsEnum lend(LeafReaderContext segment, TermsEnum te, String field, int flags) throws IOException {
        Shelf shelf = lent.get(segment.ord).computeIfAbsent(field, f -> new Shelf());
        PostingsEnum reuse = shelf.out < shelf.enums.size() ? shelf.enums.get(shelf.out) : null;
        PostingsEnum docs = te.postings(reuse, flags);
        if (reuse == null) {
            shelf.enums.add(docs);
        } else {
            shelf.enums.set(shelf.out, docs);
        }
        shelf.out++;
        return docs;
    }

    /** Every lent enum is free again: the leaves that held them are scored. */
    void takeBack() {
        for (Map<String, Shelf> segment : lent) {
            segment.values().forEach(shelf -> shelf.out = 0);
        }
    }

    /** The segment's terms enum of {@code field}, kept; null when the segment has no such field. */
    TermsEnum termsEnum(LeafReaderContext segment, String field) throws IOException {
        Map<String, TermsEnum> enums = termsEnums.get(segment.ord);
        TermsEnum te = enums.get(field);
        if (te == null) {
            Terms terms = segment.reader().terms(field);
            if (terms == null) {
                return null;
            }
            te = terms.iterator();
            enums.put(field, te);
        }
        return te;
    }
}
