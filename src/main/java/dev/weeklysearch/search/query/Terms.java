package dev.weeklysearch.search.query;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;

/** The terms a field's analysis makes of a text. */
final class Terms {
    private Terms() {
    }

    static List<Term> of(String field, String text) {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = Schema.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(field, term.toString()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query cannot fail on a string", e);
        }
        return out;
    }
}
