package dev.weeklysearch.search;

import dev.weeklysearch.analysis.TextQuery;
import dev.weeklysearch.index.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a visitor's clauses into a Lucene query. Each clause may match in the word fields
 * (weighted: a match in the question weighs more than one in the answer), as an exact version,
 * or as a gram phrase anywhere in the text (recall for words SmartCN cuts differently, such as
 * 事务 inside 分布式事务).
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
    /** Between words of one clause: anything but letters, digits, and the dots of versions. */
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}.]+");

    private final List<TextQuery> matchers;

    QueryFactory() {
        List<TextQuery> list = new java.util.ArrayList<>();
        WORD_FIELDS.forEach((field, boost) -> list.add(TextQuery.builder().words(field, boost).build()));
        list.add(TextQuery.builder().grams(Schema.TEXT, GRAMS_BOOST).versions(Schema.VERSIONS, VERSION_BOOST).build());
        list.add(TextQuery.builder().grams(Schema.ASKER, ASKER_BOOST).build());
        matchers = List.copyOf(list);
    }

    private static final int CACHED_QUERIES = 1024;

    /**
     * A visitor's text compiled once: popular searches repeat, and compiling analyses every clause per
     * field. {@code loose} and {@code anyWord} are null unless {@code severalWords}.
     */
    record Compiled(Query strict, Query loose, Query anyWord, Query highlight, boolean canRelax, VisitorQuery parsed,
            boolean severalWords, Query excluded) {

        /** What the semantic side embeds: the wanted words, without exclusions or quotes. */
        String meaning() {
            return String.join(" ", parsed.clauses().stream().filter(c -> !c.excluded())
                    .map(VisitorQuery.Clause::text).toList());
        }
    }

    private final Map<String, Compiled> cache = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Compiled> eldest) {
                    return size() > CACHED_QUERIES;
                }
            });

    Compiled compile(String text) {
        Compiled c = cache.get(text);
        if (c == null) {
            VisitorQuery vq = VisitorQuery.parse(text);
            boolean severalWords = words(vq).stream().filter(w -> !w.excluded()).count() > 1;
            // One word has no relaxed form: its clause would be analysed again for nothing.
            Query[] relaxed = severalWords ? relaxed(vq) : new Query[2];
            c = new Compiled(strict(vq), relaxed[0], relaxed[1], highlight(vq), vq.hasPositive(), vq,
                    severalWords, excluded(vq));
            cache.put(text, c);
        }
        return c;
    }

    /**
     * Every clause required; exclusions always apply. The intent bonus only reorders what the
     * words matched: it is never a match of its own (the same holds for the relaxed queries).
     */
    private Query strict(VisitorQuery vq) {
        return assemble(vq, vq.clauses(), analyse(vq.clauses()), false, 0);
    }

    /**
     * The relaxed queries over the clauses' words, each word analysed once: most of the words (at
     * least half of them, an entry with more of them scoring higher), and any one of them, the last
     * resort when no entry has most of them.
     */
    private Query[] relaxed(VisitorQuery vq) {
        List<VisitorQuery.Clause> words = words(vq);
        Map<VisitorQuery.Clause, Query> analysed = analyse(words);
        long positive = analysed.keySet().stream().filter(c -> !c.excluded()).count();
        return new Query[] {assemble(vq, words, analysed, true, (int) (positive + 1) / 2),
                assemble(vq, words, analysed, true, 1)};
    }

    /** Each clause's query over every field; clauses with nothing searchable are left out. */
    private Map<VisitorQuery.Clause, Query> analyse(List<VisitorQuery.Clause> clauses) {
        Map<VisitorQuery.Clause, Query> analysed = new java.util.IdentityHashMap<>();
        for (VisitorQuery.Clause c : clauses) {
            Query q = clause(c);
            if (q != null) {
                analysed.put(c, q);
            }
        }
        return analysed;
    }

    private static Query assemble(VisitorQuery vq, List<VisitorQuery.Clause> clauses,
            Map<VisitorQuery.Clause, Query> analysed, boolean relaxed, int minimum) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        int positive = 0;
        for (VisitorQuery.Clause c : clauses) {
            Query q = analysed.get(c);
            if (q == null) {
                continue;
            }
            if (c.excluded()) {
                b.add(q, Occur.MUST_NOT);
            } else {
                (relaxed ? words : b).add(q, relaxed ? Occur.SHOULD : Occur.MUST);
                positive++;
            }
        }
        if (positive == 0) {
            return new MatchNoDocsQuery("nothing to search for");
        }
        if (relaxed) {
            b.add(words.setMinimumNumberShouldMatch(minimum).build(), Occur.MUST);
        }
        Intents.of(vq.clauses().stream().filter(c -> !c.excluded()).map(VisitorQuery.Clause::text)
                .reduce("", (a, c) -> a + " " + c)).forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** The excluded clauses ({@code -word}) as one query, or null when there are none. */
    private Query excluded(VisitorQuery vq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (VisitorQuery.Clause c : vq.clauses()) {
            Query q = c.excluded() ? clause(c) : null;
            if (q != null) {
                b.add(q, Occur.SHOULD);
                n++;
            }
        }
        return n == 0 ? null : b.build();
    }

    /**
     * Any-word matching means the words inside a clause too: "MOSN~2" or "seata/tcc" typed without
     * spaces are a phrase to the strict query, and their words one by one to the relaxed one.
     */
    private static List<VisitorQuery.Clause> words(VisitorQuery vq) {
        List<VisitorQuery.Clause> out = new java.util.ArrayList<>();
        for (VisitorQuery.Clause c : vq.clauses()) {
            if (c.excluded() || c.phrase()) {
                out.add(c);
                continue;
            }
            for (String w : WORD_BREAK.split(c.text())) {
                if (!w.isBlank()) {
                    out.add(new VisitorQuery.Clause(w, false, false));
                }
            }
        }
        return out;
    }

    /**
     * What to mark in the title and the text: the terms of the clauses, each field analysed its own
     * way. Terms, not phrases: the highlighter then reads offsets straight from the postings instead
     * of re-running the query on each hit, and adjacent marks (the bigrams of 分布式事务) merge.
     */
    Query highlight(VisitorQuery vq) {
        Set<Term> terms = new LinkedHashSet<>();
        for (VisitorQuery.Clause c : vq.clauses()) {
            if (!c.excluded()) {
                terms.addAll(Terms.of(Schema.TITLE, c.text()));
                boolean word = c.text().codePoints().filter(QueryFactory::isHan).count() > 1;
                // The gram chain also indexes single characters, for one-character searches only:
                // marking 分 and 务 on their own all over a snippet would be noise.
                Terms.of(Schema.TEXT, c.text()).stream()
                        .filter(t -> !word || t.text().codePointCount(0, t.text().length()) > 1 || !isHan(t.text().codePointAt(0)))
                        .forEach(terms::add);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(t -> b.add(new TermQuery(t), Occur.SHOULD));
        return b.build();
    }

    /** The clause over every searched field, or null when nothing in it can be searched (punctuation only). */
    private Query clause(VisitorQuery.Clause c) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (TextQuery m : matchers) {
            n += add(any, m.build(text(c)));
        }
        if (!c.phrase() && !c.excluded()) {
            // Punctuation around one word ("Occlu?", "(sofaboto") leaves that word to correct.
            String[] parts = java.util.Arrays.stream(WORD_BREAK.split(c.text())).filter(w -> !w.isBlank())
                    .toArray(String[]::new);
            n += parts.length == 1 ? add(any, Typos.fuzzy(parts[0])) : 0;
        }
        return n == 0 ? null : any.build();
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** TextQuery reads a quoted clause as a phrase. */
    private static String text(VisitorQuery.Clause c) {
        return c.phrase() ? "\"" + c.text() + "\"" : c.text();
    }

    private static int add(BooleanQuery.Builder b, Query q) {
        if (q == null || q instanceof MatchNoDocsQuery) {
            return 0;
        }
        b.add(q, Occur.SHOULD);
        return 1;
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
}
