package dev.weeklysearch.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.hhmm.HHMMSegmenter;
import org.apache.lucene.analysis.cn.smart.hhmm.SegToken;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One pass over folded text (see {@link Chars}): Han runs go to SmartCN's segmenter (WORDS) or become one token per
 * character for a bigram filter (GRAMS); letter/digit runs go to {@link LatinRun}; VERSIONS keeps only versions and
 * never touches SmartCN. Everything else (spaces, punctuation, emoji) separates tokens without a position gap.
 */
final class MixedTokenizer extends Tokenizer {

    enum Mode { WORDS, GRAMS, VERSIONS }

    /** SmartCN's lattice grows with the run; cut long Han runs (no punctuation) into slices. */
    private static final int MAX_HAN_SLICE = 200;
    private static final String SOFA = "sofa";
    private static final int RETAINED_CAPACITY = 1 << 18;

    private final Mode mode;
    private final LatinRun latin;
    private HHMMSegmenter segmenter;

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private final StringBuilder text = new StringBuilder();
    private final ArrayDeque<Tok> pending = new ArrayDeque<>();
    private final char[] readBuffer = new char[4096];
    private boolean loaded;
    private int pos;

    MixedTokenizer(Mode mode, boolean indexing) {
        this.mode = mode;
        this.latin = new LatinRun(indexing, mode == Mode.VERSIONS);
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        if (!loaded) {
            load();
        }
        while (pending.isEmpty()) {
            if (pos >= text.length()) {
                return false;
            }
            scanRun();
        }
        Tok tok = pending.poll();
        termAtt.setEmpty().append(tok.term());
        offsetAtt.setOffset(correctOffset(tok.start()), correctOffset(tok.end()));
        posIncAtt.setPositionIncrement(tok.posInc());
        posLenAtt.setPositionLength(tok.posLen());
        keywordAtt.setKeyword(tok.keyword());
        typeAtt.setType(tok.type());
        return true;
    }

    private void load() throws IOException {
        for (int n = input.read(readBuffer); n >= 0; n = input.read(readBuffer)) {
            Chars.fold(readBuffer, 0, n);
            text.append(readBuffer, 0, n);
        }
        loaded = true;
    }

    /** Advances {@code pos} past one run, queueing its tokens. */
    private void scanRun() {
        int cp = Character.codePointAt(text, pos);
        int start = pos;
        if (Chars.isHan(cp)) {
            while (pos < text.length() && Chars.isHan(cp = Character.codePointAt(text, pos))) {
                pos += Character.charCount(cp);
            }
            if (mode != Mode.VERSIONS) {
                han(start, pos);
            }
        } else if (Chars.isWordChar(cp)) {
            pos = runEnd(start);
            if (mode != Mode.VERSIONS) {
                pos = joinSpacedProductName(start, pos);
            }
            latin.split(text, start, pos, pending::add);
        } else {
            pos += Character.charCount(cp);
        }
    }

    /** End of the letter/digit run starting at {@code from}; connectors count only between word chars. */
    private int runEnd(int from) {
        int i = from + Character.charCount(Character.codePointAt(text, from));
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            if (Chars.isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (isConnector(cp) && i + 1 < text.length() && Chars.isWordChar(Character.codePointAt(text, i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "SOFA MOSN", "SOFA Registry": a spaced project name becomes one run, so it gets the canonical term. */
    private int joinSpacedProductName(int start, int end) {
        if (end - start != SOFA.length() || !Chars.lower(text, start, end).equals(SOFA)) {
            return end;
        }
        int next = end;
        while (next < text.length() && next - end < 3 && text.charAt(next) == ' ') {
            next++;
        }
        if (next == end || next >= text.length() || !Chars.isWordChar(Character.codePointAt(text, next))) {
            return end;
        }
        int nextEnd = runEnd(next);
        String name = SOFA + Projects.compact(text.substring(next, nextEnd));
        return nextEnd - start <= LatinRun.MAX_TERM && Projects.get().find(name) != null ? nextEnd : end;
    }

    private static boolean isConnector(int cp) {
        return cp == '-' || cp == '_' || cp == '.' || cp == '\'';
    }

    private void han(int from, int to) {
        int sliceStart = from;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(text, i);
            int next = i + Character.charCount(cp);
            if (mode == Mode.GRAMS) {
                single(i, next);
            } else if (Character.isSupplementaryCodePoint(cp)) {
                // SmartCN works on UTF-16 units and would split the surrogate pair.
                segment(sliceStart, i);
                single(i, next);
                sliceStart = next;
            } else if (i - sliceStart >= MAX_HAN_SLICE) {
                segment(sliceStart, i);
                sliceStart = i;
            }
            i = next;
        }
        if (mode == Mode.WORDS) {
            segment(sliceStart, to);
        }
    }

    private void single(int from, int to) {
        pending.add(new Tok(text.substring(from, to), from, to, 1, false, Tok.IDEOGRAPHIC));
    }

    private void segment(int from, int to) {
        if (from >= to) {
            return;
        }
        if (segmenter == null) {
            segmenter = new HHMMSegmenter();
        }
        String sentence = text.substring(from, to);
        List<SegToken> tokens = segmenter.process(sentence);
        // The first and last tokens are SmartCN's sentence-begin and sentence-end markers.
        for (int i = 1; i < tokens.size() - 1; i++) {
            SegToken t = tokens.get(i);
            int s = from + t.startOffset;
            int e = from + t.endOffset;
            pending.add(new Tok(sentence.substring(t.startOffset, t.endOffset), s, e, 1, false, Tok.WORD));
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        if (text.capacity() > RETAINED_CAPACITY) {
            // one huge document must not pin its buffer in this thread's reused tokenizer
            text.trimToSize();
        }
        pending.clear();
        loaded = false;
        pos = 0;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offsetAtt.setOffset(last, last);
    }
}
