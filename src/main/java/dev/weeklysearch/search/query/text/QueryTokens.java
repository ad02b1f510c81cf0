package dev.weeklysearch.search.query.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** Analysed query text (term, position, type) and the term/phrase queries built from such tokens. */
final class QueryTokens {

    record QTok(String term, int position, String type) {
    }

    private QueryTokens() {
    }

    static List<QTok> analyze(Analyzer analyzer, String field, String text) {
        List<QTok> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += posInc.getPositionIncrement();
                out.add(new QTok(term.toString(), position, type.type()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse query text", e);
        }
        return out;
    }

    /**
     * A term, synonym, phrase or multi-phrase query over tokens in position order (null when empty):
     * Lucene's {@link QueryBuilder} as for a quoted text, fed the tokens already analysed (one
     * analysis serves every field of a chain, see {@link Memo}) instead of analysing again.
     */
    static Query sequence(String field, List<QTok> toks) {
        if (toks.isEmpty()) {
            return null;
        }
        return stacked(toks) ? replayed(field, toks) : direct(field, toks);
    }

    /** What QueryBuilder makes of the tokens: the reference {@link #sequence} equals. */
    static Query replayed(String field, List<QTok> toks) {
        return toks.isEmpty() ? null : Replay.BUILDER.phrase(field, toks);
    }

    /** Whether two tokens share a position (synonyms, which QueryBuilder turns into other queries). */
    private static boolean stacked(List<QTok> toks) {
        for (int i = 1; i < toks.size(); i++) {
            if (toks.get(i).position() <= toks.get(i - 1).position()) {
                return true;
            }
        }
        return false;
    }

    /**
     * One token a term query, several an exact phrase at their positions from the first: what
     * QueryBuilder builds of unstacked tokens, without replaying them through a token stream (a
     * new attribute source per field and clause).
     */
    private static Query direct(String field, List<QTok> toks) {
        if (toks.size() == 1) {
            return new TermQuery(new Term(field, toks.get(0).term()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = toks.get(0).position();
        for (QTok t : toks) {
            phrase.add(new Term(field, t.term()), t.position() - first);
        }
        return phrase.build();
    }

    /** The protected entry point of QueryBuilder that takes a token stream. */
    private static final class Replay extends QueryBuilder {
        /** Stateless once built (no analyzer is used): shared. */
        static final Replay BUILDER = new Replay();

        private Replay() {
            super(null);
        }

        Query phrase(String field, List<QTok> toks) {
            try (TokenStream ts = new Tokens(toks)) {
                return createFieldQuery(ts, BooleanClause.Occur.SHOULD, field, true, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Analysed tokens played back as a token stream. */
    private static final class Tokens extends TokenStream {
        private final List<QTok> toks;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private int next;
        private int position = -1;

        Tokens(List<QTok> toks) {
            this.toks = toks;
        }

        @Override
        public boolean incrementToken() {
            if (next == toks.size()) {
                return false;
            }
            clearAttributes();
            QTok t = toks.get(next++);
            term.setEmpty().append(t.term());
            // Relative to the first token: the phrase starts at 0, as the tokens' own first position may not.
            posInc.setPositionIncrement(position < 0 ? 1 : t.position() - position);
            position = t.position();
            return true;
        }
    }
}
