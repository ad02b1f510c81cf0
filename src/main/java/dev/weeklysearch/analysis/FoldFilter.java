package dev.weeklysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds and lowercases terms in place, one char for one char; with {@code keyword} it also trims, collapses inner
 * whitespace and maps a known project spelling to its canonical name (for exact-match fields).
 */
final class FoldFilter extends TokenFilter {

    private final boolean keyword;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);

    FoldFilter(TokenStream in, boolean keyword) {
        super(in);
        this.keyword = keyword;
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
        if (!keyword) {
            termAtt.setEmpty().append(lower);
            return true;
        }
        String collapsed = lower.strip().replaceAll("\\s+", " ");
        Projects.Project project = Projects.get().find(Projects.compact(collapsed));
        termAtt.setEmpty().append(project != null ? project.canonical() : collapsed);
        return true;
    }
}
