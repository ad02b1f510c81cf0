package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Chars;
import dev.weeklysearch.index.Schema;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The terms a hit marks of a compiled query (a compiled query's {@code highlight}). */
final class MarkedTerms {
    private MarkedTerms() {
    }

    /**
     * What to mark in the title and the text: the terms of the clauses, each field analysed its own
     * way. Terms, not phrases: the highlighter then reads offsets straight from the postings instead
     * of re-running the query on each hit, and adjacent marks (the bigrams of 分布式事务) merge.
     */
    static Query of(VisitorQuery vq) {
        Set<Term> terms = new LinkedHashSet<>();
        for (VisitorQuery.Clause c : vq.clauses()) {
            if (!c.excluded()) {
                terms.addAll(Terms.of(Schema.TITLE, c.text()));
                boolean word = c.text().codePoints().filter(Chars::isHan).count() > 1;
                // The gram chain also indexes single characters, for one-character searches only:
                // marking 分 and 务 on their own all over a snippet would be noise.
                Terms.of(Schema.TEXT, c.text()).stream()
                        .filter(t -> !word || t.text().codePointCount(0, t.text().length()) > 1 || !Chars.isHan(t.text().codePointAt(0)))
                        .forEach(terms::add);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(t -> b.add(new TermQuery(t), Occur.SHOULD));
        return b.build();
    }
}
