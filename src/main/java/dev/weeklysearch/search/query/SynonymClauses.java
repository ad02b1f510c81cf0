package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Synonyms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Where a visitor's clauses hold a synonym, and what else each such clause may read: the clause's
 * text with the matched form replaced by each other form of its group ("线程池怎么配" → "thread
 * pool 怎么配"). A form typed across clauses ("thread pool", two words) gives each of them the other
 * forms: every clause then matches an entry that has 线程池, as it matches one with both words.
 *
 * @param variants per clause of the query (same order), the other texts it may read; empty lists when none
 * @param forms    the other forms found, for the semantic side to embed with the query
 */
record SynonymClauses(List<List<String>> variants, List<String> forms) {

    static SynonymClauses of(VisitorQuery vq, Synonyms synonyms) {
        List<VisitorQuery.Clause> clauses = vq.clauses();
        List<Set<String>> variants = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            variants.add(new LinkedHashSet<>());
            if (i > 0) {
                joined.append(' ');
            }
            starts[i] = joined.length();
            // An excluded clause takes part as a blank: "-线程池" must not find 线程池 through "thread pool".
            joined.append(clauses.get(i).excluded() ? " ".repeat(clauses.get(i).text().length()) : clauses.get(i).text());
        }
        Set<String> forms = new LinkedHashSet<>();
        String text = joined.toString();
        for (Synonyms.Match m : synonyms.find(text)) {
            String typed = text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
            for (int i = 0; i < clauses.size(); i++) {
                VisitorQuery.Clause c = clauses.get(i);
                int from = starts[i];
                int to = from + c.text().length();
                if (c.excluded() || m.end() <= from || m.start() >= to) {
                    continue;
                }
                String head = m.start() > from ? c.text().substring(0, m.start() - from) + " " : "";
                String tail = m.end() < to ? " " + c.text().substring(m.end() - from) : "";
                for (String form : synonyms.group(m.group())) {
                    if (!form.toLowerCase(Locale.ROOT).equals(typed)) {
                        variants.get(i).add((head + form + tail).strip());
                        forms.add(form);
                    }
                }
            }
        }
        return new SynonymClauses(variants.stream().map(s -> (List<String>) List.copyOf(s)).toList(),
                List.copyOf(forms));
    }

    /** Clause {@code i}'s query, or any of its synonym readings: alternatives of equal standing, each built as typed. */
    Query or(int i, Query clause, Function<VisitorQuery.Clause, Query> of) {
        if (variants.get(i).isEmpty()) {
            return clause;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = add(any, clause);
        for (String v : variants.get(i)) {
            n += add(any, of.apply(new VisitorQuery.Clause(v, false, false)));
        }
        return n == 0 ? null : any.build();
    }

    private static int add(BooleanQuery.Builder any, Query q) {
        if (q == null || q instanceof MatchNoDocsQuery) {
            return 0;
        }
        any.add(q, BooleanClause.Occur.SHOULD);
        return 1;
    }

    /** The query with its synonym readings as further clauses: what to mark in a hit found through a synonym. */
    VisitorQuery withVariants(VisitorQuery vq) {
        List<VisitorQuery.Clause> all = new ArrayList<>(vq.clauses());
        variants.forEach(vs -> vs.forEach(v -> all.add(new VisitorQuery.Clause(v, false, false))));
        return new VisitorQuery(List.copyOf(all));
    }
}
