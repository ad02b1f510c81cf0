package dev.weeklysearch.search.query.text;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A query built for one field, copied onto another: the same tree, every term in the new field.
 * The word fields share one query chain, so a clause's query in one of them is its query in the
 * others with the field changed; copying it skips analysing again, replaying the tokens through
 * Lucene's {@code QueryBuilder}, and building and hashing each form of the word once per field.
 * The terms share their bytes with the original's (a term never changes its bytes).
 */
final class Refield {
    private Refield() {
    }

    /**
     * {@code q} with its terms in {@code field}, equal to the query built for that field; null when
     * {@code q} holds a query this copy does not know (the caller then builds it for the field).
     */
    static Query of(Query q, String field) {
        if (q instanceof TermQuery t && t.getTermStates() == null) {
            return new TermQuery(new Term(field, t.getTerm().bytes()));
        }
        if (q instanceof BoostQuery b) {
            Query inner = of(b.getQuery(), field);
            return inner == null ? null : new BoostQuery(inner, b.getBoost());
        }
        if (q instanceof BooleanQuery b) {
            return bool(b, field);
        }
        if (q instanceof PhraseQuery p) {
            PhraseQuery.Builder out = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            for (int i = 0; i < terms.length; i++) {
                out.add(new Term(field, terms[i].bytes()), positions[i]);
            }
            return out.build();
        }
        if (q instanceof MultiPhraseQuery mp) {
            MultiPhraseQuery.Builder out = new MultiPhraseQuery.Builder().setSlop(mp.getSlop());
            Term[][] arrays = mp.getTermArrays();
            int[] positions = mp.getPositions();
            for (int i = 0; i < arrays.length; i++) {
                Term[] at = new Term[arrays[i].length];
                for (int j = 0; j < at.length; j++) {
                    at[j] = new Term(field, arrays[i][j].bytes());
                }
                out.add(at, positions[i]);
            }
            return out.build();
        }
        if (q instanceof SynonymQuery s) {
            // QueryBuilder gives each synonym the token's boost, 1 here: no query chain sets one.
            SynonymQuery.Builder out = new SynonymQuery.Builder(field);
            s.getTerms().forEach(t -> out.addTerm(new Term(field, t.bytes())));
            return out.build();
        }
        return null;
    }

    private static Query bool(BooleanQuery b, String field) {
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(b.getMinimumNumberShouldMatch());
        for (BooleanClause c : b.clauses()) {
            Query inner = of(c.query(), field);
            if (inner == null) {
                return null;
            }
            out.add(inner, c.occur());
        }
        return out.build();
    }
}
