package dev.weeklysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds and lowercases terms in place, one char for one char (an analyzer's {@code normalize} chain).
 */
final class FoldFilter extends TokenFilter {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    FoldFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = termAtt.buffer();
        int len = termAtt.length();
        Chars.fold(buf, 0, len);
        String lower = Chars.lower(termAtt, 0, len);
        termAtt.setEmpty().append(lower);
        return true;
    }
}
