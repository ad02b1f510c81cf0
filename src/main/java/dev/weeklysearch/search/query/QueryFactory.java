package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Bridge;
import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Dictionary;
import dev.weeklysearch.search.query.text.Memo;
import dev.weeklysearch.search.query.text.TextQuery;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a visitor's clauses into a Lucene query. Each clause may match in the word fields
 * (weighted: a match in the question weighs more than one in the answer), as an exact version,
 * or as a gram phrase anywhere in the text (recall for words SmartCN cuts differently, such as
 * 事务 inside 分布式事务).
 */
public final class QueryFactory {
    /** A word of a linked slug names the entry in English, with less weight than its own words. */
    private static final float SLUG_BOOST = 0.5f;
    /** Word fields and their weights. */
    private static final Map<String, Float> WORD_FIELDS = Map.of(
            Schema.QUESTION, 3f,
            Schema.TITLE, 2f,
            Schema.BODY, 1.2f,
            Schema.ANSWER, 1f,
            Schema.PROJECT_TEXT, 4f,
            Schema.SLUG_WORDS, SLUG_BOOST);
    private static final float VERSION_BOOST = 6f;
    private static final float GRAMS_BOOST = 0.6f;
    private static final float ASKER_BOOST = 1f;

    /** How a word field weighs a match of the word (1 for the fields without a weight here, the asker's). */
    static float wordWeight(String field) {
        return WORD_FIELDS.getOrDefault(field, ASKER_BOOST);
    }

    private final List<TextQuery> matchers;
    private final TypoAutomata.Recent automata;

    /** @param automata the typo automata kept by the facade, shared by its requests */
    public QueryFactory(TypoAutomata.Recent automata) {
        this.automata = automata;
        List<TextQuery> list = new java.util.ArrayList<>();
        WORD_FIELDS.forEach((field, boost) -> list.add(TextQuery.builder().words(field, boost).build()));
        list.add(TextQuery.builder().grams(Schema.TEXT, GRAMS_BOOST).versions(Schema.VERSIONS, VERSION_BOOST).build());
        // Askers' handles are Chinese names or Latin ones ("Zhengguang"); no word field holds them.
        list.add(TextQuery.builder().grams(Schema.ASKER, ASKER_BOOST).names().build());
        matchers = List.copyOf(list);
    }

    /**
     * Compiles a visitor's text. Not cached: a compiled query of a pasted sentence holds tens of
     * kilobytes of query objects, and a cache of them churned the old generation under distinct
     * queries (each young collection copied ~2 MB of them); repeated requests hit the answer cache.
     */
    CompiledQuery compile(String text) {
        return compile(text, Synonyms.NONE);
    }

    /** With {@code synonyms}, a clause holding a form of a group also matches the group's other forms. */
    public CompiledQuery compile(String text, Synonyms synonyms) {
        return compile(text, synonyms, Bridge.NONE, null);
    }

    /**
     * With {@code bridge}, English content words also match the Chinese words the dictionary gives for them, those
     * {@code terms} (the served commit's) holds ({@link BridgeClauses}).
     */
    public CompiledQuery compile(String text, Synonyms synonyms, Bridge bridge, Dictionary terms) {
        // A date asked for is a bonus on the entries' dates, not words the text must hold (QueryDates).
        QueryDates.Asked dates = QueryDates.of(text);
        return compile(VisitorQuery.parse(dates.words() == null ? text : dates.words()), synonyms, dates, bridge, terms);
    }

    private CompiledQuery compile(VisitorQuery parsed, Synonyms synonyms, QueryDates.Asked dates, Bridge bridge,
            Dictionary terms) {
        // The word side searches the content words; the semantic side and the suggestion read all of it.
        Memo memo = new Memo();
        VisitorQuery vq = parsed.content(memo);
        // A clause typed once is analysed once: the strict clauses, the words and the exclusions
        // overlap (a query of single words has the same clauses in each list).
        Map<String, java.util.Optional<Query>> analysed = new java.util.HashMap<>();
        java.util.function.Function<VisitorQuery.Clause, Query> of = c -> analysed.computeIfAbsent(
                (c.phrase() ? "p" : "w") + (c.excluded() ? "-" : "+") + c.text(),
                k -> java.util.Optional.ofNullable(clause(c, memo))).orElse(null);
        // No synonyms (the default): nothing is looked up, and the queries are built as they always were.
        SynonymClauses syn = synonyms.isEmpty() ? null : SynonymClauses.of(vq, synonyms);
        BridgeClauses zh = bridge.size() == 0 || terms == null ? null : BridgeClauses.of(vq, bridge, terms, memo);
        zh = zh == null || zh.isEmpty() ? null : zh;
        List<Query> strict = new java.util.ArrayList<>();
        List<Query> excludedClauses = new java.util.ArrayList<>();
        for (int i = 0; i < vq.clauses().size(); i++) {
            VisitorQuery.Clause c = vq.clauses().get(i);
            Query q = syn == null ? of.apply(c) : syn.or(i, of.apply(c), of);
            q = zh == null ? q : zh.or(i, q, of);
            if (q != null) {
                (c.excluded() ? excludedClauses : strict).add(q);
            }
        }
        List<List<VisitorQuery.Clause>> wordClauses = vq.clauses().stream().map(VisitorQuery::words).toList();
        boolean severalWords = wordClauses.stream().flatMap(List::stream).filter(w -> !w.excluded()).count() > 1;
        List<Query> words = new java.util.ArrayList<>();
        if (severalWords) {
            // One word has no relaxed form: its clause would be analysed again for nothing.
            for (int i = 0; i < wordClauses.size(); i++) {
                for (VisitorQuery.Clause c : wordClauses.get(i)) {
                    Query q = c.excluded() ? null
                            : syn == null ? of.apply(c) : syn.or(i, of.apply(c), of);
                    // A translated clause is one English word, so its word is the clause itself.
                    q = zh == null || q == null ? q : zh.or(i, q, of);
                    if (q != null) {
                        words.add(q);
                    }
                }
            }
        }
        List<Query> bonus = new java.util.ArrayList<>(Intents.of(vq.clauses().stream().filter(c -> !c.excluded())
                .map(VisitorQuery.Clause::text).reduce("", (a, t) -> a + " " + t)));
        bonus.addAll(dates.bonus());
        return new CompiledQuery(List.copyOf(strict), List.copyOf(words), Math.max(1, (words.size() + 1) / 2),
                List.copyOf(excludedClauses), List.copyOf(bonus), MarkedTerms.of(BridgeClauses.marked(vq, syn, zh)),
                vq.hasPositive(), parsed, severalWords, excluded(excludedClauses),
                syn == null ? "" : String.join(" ", syn.forms()), dates.days(), zh != null);
    }

    /** The excluded clauses ({@code -word}) as one query, or null when there are none. */
    private static Query excluded(List<Query> clauses) {
        if (clauses.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        clauses.forEach(q -> b.add(q, Occur.SHOULD));
        return b.build();
    }

    /** The clause over every searched field, or null when nothing in it can be searched (punctuation only). */
    private Query clause(VisitorQuery.Clause c, Memo memo) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int n = 0;
        for (TextQuery m : matchers) {
            n += add(any, m.build(text(c), memo));
        }
        if (!c.phrase() && !c.excluded()) {
            // Punctuation around one word ("Occlu?", "(sofaboto") leaves that word to correct.
            String[] parts = java.util.Arrays.stream(VisitorQuery.WORD_BREAK.split(c.text())).filter(w -> !w.isBlank())
                    .toArray(String[]::new);
            n += parts.length == 1 ? add(any, Typos.fuzzy(parts[0], automata)) : 0;
            // "seeta的配置": a typo glued to Chinese is corrected too; "张三峰": a name one character off.
            List<String> pieces = GluedWords.pieces(c.text());
            if (pieces.size() > 1) {
                n += add(any, GluedWords.corrected(pieces, p -> clause(new VisitorQuery.Clause(p, false, false), memo),
                        automata));
            }
            n += add(any, GluedWords.nameWithOneWrongCharacter(c.text()));
        }
        return n == 0 ? null : any.build();
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

    /** Filters: the request's type, project and year; every document of the index is an entry. */
    public static Query filter(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
        if (!r.types().isEmpty()) {
            BooleanQuery.Builder types = new BooleanQuery.Builder();
            for (String t : r.types()) {
                types.add(new TermQuery(new Term(Schema.TYPE, t)), Occur.SHOULD);
            }
            b.add(types.build(), Occur.FILTER);
        }
        if (!r.project().isEmpty()) {
            b.add(new TermQuery(new Term(Schema.PROJECT, r.project())), Occur.FILTER);
        }
        if (r.year() != 0) {
            b.add(new TermQuery(new Term(Schema.YEAR, Integer.toString(r.year()))), Occur.FILTER);
        }
        return b.build();
    }

}
