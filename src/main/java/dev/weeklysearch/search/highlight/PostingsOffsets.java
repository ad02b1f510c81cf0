package dev.weeklysearch.search.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * One field's offsets from the postings, the ones {@link PostingsOffsetStrategy} reads, for a
 * request's hits taken in ascending document order. Each term's postings enum is positioned once
 * per segment and request, through the commit's remembered term states (no dictionary walk), and
 * then only advanced from hit to hit: the plain strategy positioned a new enum per term, hit and
 * field, re-decoding the position block the previous hit had already decoded. The enums and terms
 * enums are kept for the next request ({@link Scratch}), so a request allocates none. Used by one
 * thread at a time.
 */
final class PostingsOffsets extends FieldOffsetStrategy {
    private static final byte UNSOUGHT = 0;
    private static final byte LIVE = 1;
    private static final byte ABSENT = 2;

    private final List<LeafReaderContext> leaves;
    private final TermsEnum[] termsEnums;
    /** [segment][term]: the term's enum in the segment, kept from request to request for reuse. */
    private final PostingsEnum[][] postings;
    /** [segment][term]: whether this request positioned the enum yet, or found the term absent. */
    private final byte[][] sought;
    private BytesRef[] terms = new BytesRef[0];
    private TermStates[] states = new TermStates[0];
    private int segment;
    private int lastDoc = -1;

    PostingsOffsets(String field, List<LeafReaderContext> leaves, int maxTerms) {
        super(new UHComponents(field, field::equals, new MatchAllDocsQuery(), new BytesRef[0], PhraseHelper.NONE,
                new LabelledCharArrayMatcher[0], false, EnumSet.noneOf(UnifiedHighlighter.HighlightFlag.class)));
        this.leaves = leaves;
        this.termsEnums = new TermsEnum[leaves.size()];
        this.postings = new PostingsEnum[leaves.size()][maxTerms];
        this.sought = new byte[leaves.size()][maxTerms];
    }

    /** A new request: its terms of this field (sorted, as the highlighter orders them) and their states. */
    void start(BytesRef[] terms, TermStates[] states) {
        if (terms.length > postings[0].length) {
            throw new IllegalArgumentException(terms.length + " terms, at most " + postings[0].length);
        }
        this.terms = terms;
        this.states = states;
        this.lastDoc = -1;
        for (byte[] s : sought) {
            Arrays.fill(s, UNSOUGHT);
        }
    }

    /** The segment (its index in the commit's leaves) of the documents asked for next. */
    void segment(int ord) {
        if (ord != segment) {
            lastDoc = -1;
        }
        segment = ord;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
        return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    /** @param doc within the current segment, greater than the previous one asked for in it */
    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content) throws IOException {
        if (doc <= lastDoc) {
            throw new IllegalArgumentException("doc " + doc + " after doc " + lastDoc + ": ascending order only");
        }
        lastDoc = doc;
        Terms index = reader.terms(getField());
        if (index == null) {
            return OffsetsEnum.EMPTY;
        }
        List<OffsetsEnum> results = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            PostingsEnum p = positioned(index, i);
            if (p == null) {
                continue;
            }
            if (p.docID() < doc) {
                p.advance(doc);
            }
            if (p.docID() == doc) {
                results.add(new OffsetsEnum.OfPostings(terms[i], p));
            }
        }
        return switch (results.size()) {
            case 0 -> OffsetsEnum.EMPTY;
            case 1 -> results.get(0);
            default -> new OffsetsEnum.MultiOffsetsEnum(results);
        };
    }

    /** Term {@code i}'s enum in the current segment, positioned at its start on first use; null when absent. */
    private PostingsEnum positioned(Terms index, int i) throws IOException {
        byte[] s = sought[segment];
        if (s[i] == LIVE) {
            return postings[segment][i];
        }
        if (s[i] == ABSENT) {
            return null;
        }
        IOSupplier<TermState> supplier = states[i].get(leaves.get(segment));
        TermState state = supplier == null ? null : supplier.get();
        if (state == null) {
            s[i] = ABSENT;
            return null;
        }
        TermsEnum te = termsEnums[segment];
        if (te == null) {
            te = index.iterator();
            termsEnums[segment] = te;
        }
        te.seekExact(terms[i], state);
        PostingsEnum p = te.postings(postings[segment][i], PostingsEnum.OFFSETS);
        postings[segment][i] = p;
        s[i] = LIVE;
        return p;
    }
}
