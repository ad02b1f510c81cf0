package dev.weeklysearch.search.query;

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
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/** Analysed query text (term, position, type) and the term/phrase queries built from such tokens. */
public final class QueryTokens {

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

    /** A term, synonym, phrase or multi-phrase query over tokens in position order (null when empty). */
    static Query sequence(String field, List<QTok> toks) {
        if (toks.isEmpty()) {
            return null;
        }
        List<List<Term>> groups = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (QTok t : toks) {
            if (positions.isEmpty() || positions.get(positions.size() - 1) != t.position()) {
                positions.add(t.position());
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(new Term(field, t.term()));
        }
        int first = positions.get(0);
        if (groups.size() == 1) {
            return stacked(field, groups.get(0));
        }
        boolean anyStacked = groups.stream().anyMatch(g -> g.size() > 1);
        if (!anyStacked) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder();
            for (int i = 0; i < groups.size(); i++) {
                phrase.add(groups.get(i).get(0), positions.get(i) - first);
            }
            return phrase.build();
        }
        MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
        for (int i = 0; i < groups.size(); i++) {
            phrase.add(groups.get(i).toArray(new Term[0]), positions.get(i) - first);
        }
        return phrase.build();
    }

    private static Query stacked(String field, List<Term> terms) {
        if (terms.size() == 1) {
            return new TermQuery(terms.get(0));
        }
        SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
        terms.forEach(synonyms::addTerm);
        return synonyms.build();
    }
}
