package dev.weeklysearch.search.query;

import dev.weeklysearch.analysis.Analysis;
import dev.weeklysearch.analysis.Bridge;
import dev.weeklysearch.analysis.Projects;
import dev.weeklysearch.analysis.QueryStopwords;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.Dictionary;
import dev.weeklysearch.search.query.text.Memo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The Chinese words a visitor's English words may also be read as, from the {@link Bridge} dictionary: "deadlock"
 * also finds 死锁 in an answer written only in Chinese. Only plain English content words take part: not function
 * words, project names, versions or handles (anything with a digit), quoted or excluded clauses. Consecutive
 * words are looked up longest first ("circuit breaker" before "circuit" and "breaker"), and each word of a found
 * span gets the span's translations, so an entry holding 断路器 matches both words, as one holding both would.
 *
 * <p>A translation is kept only when the commit holds it (all its words in one word field), at most
 * {@value #PER_TERM} per span, in the dictionary's order. A translation SmartCN cuts into single characters (a
 * word it does not know: 死锁, 使出) matches as that word, a phrase, never by one of its characters, as a run of
 * Chinese the visitor typed may: 锁 alone matched "deadlock", 出 "use". One holding a word of SmartCN's matches as a
 * typed run does, by that word too (全局性 by 全局). Measured with the CC-CEDICT table alone (bench/relevance.sh,
 * hybrid MRR@10 / Recall@10), every translation as a phrase against as a typed run: unseen en2zh 0.544 / 0.694
 * against 0.556 / 0.778, unseen3 en3 0.389 / 0.567 against 0.417 / 0.600, unseen2 en2zh2 0.616 / 0.650 against
 * 0.570 / 0.483; only single-character translations as phrases: en3 0.398 / 0.567, the others as all phrases.
 * Each is an extra SHOULD inside the word's own clause,
 * weighing {@value #WEIGHT} of a match of the word itself: the clause still counts as one word for the strict and
 * most-words passes, and an entry that writes the visitor's own word ranks first. The semantic side does not
 * embed them: it made natural questions' median round trip 2-4 ms slower (a longer text to embed), over the
 * 8 ms budget on a loaded machine, for unseen hybrid MRR 0.665 instead of 0.650.
 *
 * @param variants per clause of the query (same order), the Chinese words it may also read as
 * @param characterWords the translations SmartCN cuts into single characters: each matches as a phrase
 */
record BridgeClauses(List<List<String>> variants, Set<String> characterWords) {
    /** Translations kept per English word or span. */
    static final int PER_TERM = 3;
    /** A translation's match weighs this much of the typed word's. */
    static final float WEIGHT = 0.5f;
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern EDGES = Pattern.compile("^\\P{L}+|\\P{L}+$");
    private static final List<String> WORD_FIELDS = List.of(Schema.QUESTION, Schema.ANSWER, Schema.BODY, Schema.TITLE);

    static BridgeClauses of(VisitorQuery vq, Bridge bridge, Dictionary terms, Memo memo) {
        List<VisitorQuery.Clause> clauses = vq.clauses();
        List<List<String>> variants = new ArrayList<>();
        clauses.forEach(c -> variants.add(List.of()));
        int i = 0;
        while (i < clauses.size()) {
            int run = 0;
            while (i + run < clauses.size() && run < Bridge.MAX_WORDS && english(clauses.get(i + run))) {
                run++;
            }
            int span = run;
            for (; span > 0; span--) {
                List<String> words = clauses.subList(i, i + span).stream().map(BridgeClauses::word).toList();
                List<String> held = held(bridge.chinese(words), terms, memo);
                if (!held.isEmpty()) {
                    for (int j = i; j < i + span; j++) {
                        variants.set(j, held);
                    }
                    break;
                }
            }
            i += Math.max(span, 1);
        }
        Set<String> characterWords = new LinkedHashSet<>();
        for (List<String> held : variants) {
            for (String zh : held) {
                if (memo.terms(Analysis.wordsQuery(), zh).stream().allMatch(t -> t.codePointCount(0, t.length()) == 1)) {
                    characterWords.add(zh);
                }
            }
        }
        return new BridgeClauses(List.copyOf(variants), Set.copyOf(characterWords));
    }

    boolean isEmpty() {
        return variants.stream().allMatch(List::isEmpty);
    }

    /** Clause {@code i}'s query with its translations beside it, each built as a typed word and weighing less. */
    Query or(int i, Query clause, Function<VisitorQuery.Clause, Query> of) {
        if (variants.get(i).isEmpty() || clause == null) {
            return clause;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(clause, BooleanClause.Occur.SHOULD);
        for (String zh : variants.get(i)) {
            Query q = of.apply(new VisitorQuery.Clause(zh, characterWords.contains(zh), false));
            if (q != null && !(q instanceof MatchNoDocsQuery)) {
                any.add(new BoostQuery(q, WEIGHT), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The query with its translations as further clauses: what to mark in a hit found through one. */
    VisitorQuery withVariants(VisitorQuery vq) {
        Set<String> extra = new LinkedHashSet<>();
        variants.forEach(extra::addAll);
        List<VisitorQuery.Clause> all = new ArrayList<>(vq.clauses());
        extra.forEach(zh -> all.add(new VisitorQuery.Clause(zh, false, false)));
        return new VisitorQuery(List.copyOf(all));
    }

    /** The clauses to mark in a hit: the typed ones, and the synonyms' and translations' readings. */
    static VisitorQuery marked(VisitorQuery vq, SynonymClauses syn, BridgeClauses zh) {
        VisitorQuery withSyn = syn == null ? vq : syn.withVariants(vq);
        return zh == null ? withSyn : zh.withVariants(withSyn);
    }

    private static boolean english(VisitorQuery.Clause c) {
        String w = word(c);
        return !c.excluded() && !c.phrase() && ENGLISH_WORD.matcher(w).matches()
                && !QueryStopwords.english(w) && Projects.canonical(w).isEmpty();
    }

    /** The clause without the punctuation around it: "deadlock?" is the word deadlock. */
    private static String word(VisitorQuery.Clause c) {
        return EDGES.matcher(c.text()).replaceAll("");
    }

    /** The first {@value #PER_TERM} of {@code chinese} the commit holds: every word of it in one word field. */
    private static List<String> held(List<String> chinese, Dictionary terms, Memo memo) {
        List<String> out = new ArrayList<>();
        try {
            for (String zh : chinese) {
                List<String> toks = memo.terms(Analysis.wordsQuery(), zh);
                if (!toks.isEmpty() && inOneField(toks, terms)) {
                    out.add(zh);
                    if (out.size() == PER_TERM) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's terms", e);
        }
        return List.copyOf(out);
    }

    private static boolean inOneField(List<String> toks, Dictionary terms) throws IOException {
        for (String field : WORD_FIELDS) {
            boolean all = true;
            for (String t : toks) {
                all = all && terms.holds(new Term(field, t));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
