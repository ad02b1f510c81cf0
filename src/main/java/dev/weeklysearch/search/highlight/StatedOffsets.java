package dev.weeklysearch.search.highlight;

import dev.weeklysearch.search.commit.Dictionary;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * Offsets from the postings, as {@link PostingsOffsetStrategy} reads them, but positioned through
 * the commit's remembered term states ({@code TermStatesCache}): a hit's highlight costs no
 * dictionary walk per term, field and hit, and each term's postings enum is reused from one hit
 * to the next (the highlighter asks for a document's enums once it is done with the previous
 * document's) instead of being allocated per hit. One instance per field and request, used by one
 * thread.
 */
final class StatedOffsets extends PostingsOffsetStrategy {
    private final BytesRef[] terms;
    private final TermStates[] states;
    private final List<LeafReaderContext> leaves;
    private final Map<LeafReader, TermsEnum> enums = new IdentityHashMap<>();
    /** Each term's postings enum of the previous document, reused for the next one. */
    private final PostingsEnum[] reusable;

    StatedOffsets(UHComponents components, Dictionary dictionary, List<LeafReaderContext> leaves)
            throws IOException {
        super(components);
        this.terms = components.terms();
        this.states = new TermStates[terms.length];
        this.reusable = new PostingsEnum[terms.length];
        for (int i = 0; i < terms.length; i++) {
            states[i] = dictionary.states(new Term(components.field(), terms[i]));
        }
        this.leaves = leaves;
    }

    @Override
    protected void createOffsetsEnumsForTerms(BytesRef[] sourceTerms, Terms termsIndex, int doc,
            List<OffsetsEnum> results) throws IOException {
        LeafReaderContext leaf = null;
        for (LeafReaderContext l : leaves) {
            if (l.reader().terms(getField()) == termsIndex) {
                leaf = l;
                break;
            }
        }
        if (sourceTerms != terms || leaf == null) {
            // Not the terms or segments the states were read for: the plain way.
            super.createOffsetsEnumsForTerms(sourceTerms, termsIndex, doc, results);
            return;
        }
        TermsEnum te = enums.get(leaf.reader());
        if (te == null) {
            te = termsIndex.iterator();
            enums.put(leaf.reader(), te);
        }
        for (int i = 0; i < terms.length; i++) {
            IOSupplier<TermState> supplier = states[i].get(leaf);
            TermState state = supplier == null ? null : supplier.get();
            if (state == null) {
                continue;
            }
            te.seekExact(terms[i], state);
            // The highlighter is done with the previous document's enums when it asks for the next one's.
            PostingsEnum postings = te.postings(reusable[i], PostingsEnum.OFFSETS);
            reusable[i] = postings;
            if (postings.advance(doc) == doc) {
                results.add(new OffsetsEnum.OfPostings(terms[i], postings));
            }
        }
    }
}
