package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a visitor's clauses into a Lucene query. Each clause may match in the word fields
 * (SmartCN words, weighted: a match in the question weighs more than one in the answer), as an
 * exact version, or as a gram phrase anywhere in the text (recall for words SmartCN cuts
 * differently, such as 事务 inside 分布式事务).
 */
final class QueryFactory {
    /** Word fields and their weights. */
    private static final Map<String, Float> WORD_FIELDS = Map.of(
            Schema.QUESTION, 3f,
            Schema.TITLE, 2f,
            Schema.BODY, 1.2f,
            Schema.ANSWER, 1f,
            Schema.PROJECT_TEXT, 4f);
    private static final float VERSION_BOOST = 6f;
    private static final float GRAMS_BOOST = 0.6f;
    private static final float ASKER_BOOST = 1f;
    /** Above this many words a clause is a sentence, and most, not all, of its words must match. */
    private static final int ALL_WORDS_UP_TO = 2;
    private static final float MOST_WORDS = 0.6f;

    private final QueryBuilder builder = new QueryBuilder(Schema.analyzer());

    /** Every clause required (strict) or any clause enough (relaxed); exclusions always apply. */
    Query build(VisitorQuery vq, boolean relaxed) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int positive = 0;
        for (VisitorQuery.Clause c : vq.clauses()) {
            Query q = clause(c, relaxed && !c.excluded());
            if (q == null) {
                continue;
            }
            if (c.excluded()) {
                b.add(q, Occur.MUST_NOT);
            } else {
                b.add(q, relaxed ? Occur.SHOULD : Occur.MUST);
                positive++;
            }
        }
        return positive == 0 ? new MatchNoDocsQuery("nothing to search for") : b.build();
    }

    /** The clauses on the fields that are highlighted: title (words) and text (grams). */
    Query highlight(VisitorQuery vq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (VisitorQuery.Clause c : vq.clauses()) {
            if (c.excluded()) {
                continue;
            }
            add(b, c.phrase() ? builder.createPhraseQuery(Schema.TITLE, c.text())
                    : builder.createBooleanQuery(Schema.TITLE, c.text(), Occur.SHOULD), 1f);
            add(b, builder.createPhraseQuery(Schema.TEXT, c.text()), 1f);
            add(b, builder.createBooleanQuery(Schema.VERSIONS, c.text()), 1f);
        }
        return b.build();
    }

    private Query clause(VisitorQuery.Clause c, boolean loose) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        String text = c.text();
        for (Map.Entry<String, Float> f : WORD_FIELDS.entrySet()) {
            Query q;
            if (c.phrase()) {
                q = builder.createPhraseQuery(f.getKey(), text);
            } else if (loose) {
                q = builder.createBooleanQuery(f.getKey(), text, Occur.SHOULD);
            } else {
                q = words(f.getKey(), text);
            }
            add(any, q, f.getValue());
        }
        add(any, builder.createBooleanQuery(Schema.VERSIONS, text), VERSION_BOOST);
        add(any, loose ? builder.createBooleanQuery(Schema.TEXT, text, Occur.SHOULD)
                : builder.createPhraseQuery(Schema.TEXT, text), GRAMS_BOOST);
        add(any, builder.createPhraseQuery(Schema.ASKER, text), ASKER_BOOST);
        BooleanQuery q = any.build();
        return q.clauses().isEmpty() ? null : q;
    }

    private Query words(String field, String text) {
        Query all = builder.createBooleanQuery(field, text, Occur.MUST);
        if (all instanceof BooleanQuery bq && bq.clauses().size() > ALL_WORDS_UP_TO) {
            return builder.createMinShouldMatchQuery(field, text, MOST_WORDS);
        }
        return all;
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        if (q != null) {
            b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    /** Filters: entry documents only, and the request's type, project and year. */
    static Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_ENTRY)), Occur.FILTER);
        if (!r.types().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            for (String t : r.types()) {
                kinds.add(new TermQuery(new Term(Schema.KIND, t)), Occur.SHOULD);
            }
            b.add(kinds.build(), Occur.FILTER);
        }
        if (!r.project().isEmpty()) {
            b.add(new TermQuery(new Term(Schema.PROJECT, r.project())), Occur.FILTER);
        }
        if (r.year() != 0) {
            b.add(new TermQuery(new Term(Schema.YEAR, Integer.toString(r.year()))), Occur.FILTER);
        }
        return b.build();
    }

    static Query withFilter(Query q, Query filter) {
        return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    static List<String> wordFields() {
        return List.copyOf(WORD_FIELDS.keySet());
    }
}
