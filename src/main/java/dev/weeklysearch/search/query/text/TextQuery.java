package dev.weeklysearch.search.query.text;

import dev.weeklysearch.analysis.Analysis;
import dev.weeklysearch.analysis.Chars;
import dev.weeklysearch.analysis.LatinRun;
import dev.weeklysearch.analysis.Projects;
import dev.weeklysearch.analysis.Tok;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the query for one visitor text clause (a word, or a phrase in double quotes) over the fields the caller
 * names: a SHOULD of per-field matches, boosted per field, for the caller to combine with MUST/SHOULD.
 *
 * <p>On the {@link Analysis#words()} field a multi-token word must match as a phrase; Latin words also match their
 * concatenation ("Multi-Raft" ↔ "multiraft") and, split at any point, a two-word phrase ("multiraft" ↔ "multi raft");
 * a Chinese word also matches its single words with a low weight, so texts with the whole word rank first. On the
 * {@link Analysis#grams()} field a Chinese clause matches as a bigram phrase (or a single character). On the
 * {@link Analysis#versions()} field a version matches exactly or, weighing less, as the line of its releases
 * ("0.13" → 0.13.x). Thread-safe and immutable.
 */
public final class TextQuery {

    private static final float SPLIT_WEIGHT = 0.5f;
    /** A release of the line ("0.13.1" for "0.13") weighs less than the version itself. */
    private static final float LINE_WEIGHT = 0.5f;
    private static final Pattern RELEASE_LINE = Pattern.compile("[vV]?(\\d+(?:\\.\\d+)+)\\.[xX*]");
    private static final int MIN_SPLIT_PART = 3;
    private static final int MAX_SPLIT_WORD = 30;
    private static final int MAX_COMPACT_POSITIONS = 3;

    private final String words;
    private final float wordsBoost;
    private final String grams;
    private final float gramsBoost;
    private final boolean names;
    private final String versions;
    private final float versionsBoost;

    TextQuery(TextQueryBuilder b) {
        this.words = b.words;
        this.wordsBoost = b.wordsBoost;
        this.grams = b.grams;
        this.gramsBoost = b.gramsBoost;
        this.names = b.names;
        this.versions = b.versions;
        this.versionsBoost = b.versionsBoost;
    }

    public static TextQueryBuilder builder() {
        return new TextQueryBuilder();
    }

    /** The query for {@code clause}; {@link MatchNoDocsQuery} when it has no searchable token. */
    public Query build(String clause) {
        return build(clause, new Memo());
    }

    /**
     * The query for {@code clause}, reading analyses already made through {@code memo}: the word
     * fields share one chain, so a clause searched in five of them is analysed once, not five times.
     */
    public Query build(String clause, Memo memo) {
        String text = clause.strip();
        boolean phrase = text.length() >= 2 && isQuote(text.charAt(0)) && isQuote(text.charAt(text.length() - 1));
        if (phrase) {
            text = text.substring(1, text.length() - 1).strip();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Query q : new Query[] {
            boost(words == null ? null : wordsQuery(text, phrase, memo), wordsBoost),
            boost(grams == null || !names && !hasHan(text) ? null : gramsQuery(text, memo), gramsBoost),
            boost(versions == null ? null : versionQuery(text, memo), versionsBoost)}) {
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("no searchable token in " + clause) : any.build();
    }

    /** Built once per text for the first word field asking; copied for the others. */
    private Query wordsQuery(String text, boolean phrase, Memo memo) {
        return memo.shared((phrase ? "words\"" : "words ") + text, words, () -> wordsQueryOf(text, phrase, memo));
    }

    private Query wordsQueryOf(String text, boolean phrase, Memo memo) {
        List<QueryTokens.QTok> toks = memo.analyze(Analysis.wordsQuery(), text);
        Query main = QueryTokens.sequence(words, toks);
        if (main == null) {
            return null;
        }
        Set<Query> alternatives = new LinkedHashSet<>();
        alternatives.add(main);
        int positions = toks.get(toks.size() - 1).position() + 1;
        boolean latin = toks.stream().allMatch(t -> t.type().equals(Tok.WORD) || t.type().equals(Tok.PRODUCT))
                && !hasHan(text);
        if (!phrase && !latin && positions > 1) {
            Query loose = LooseWords.of(words, toks);
            if (loose != null) {
                alternatives.add(loose);
            }
        }
        if (latin && positions <= MAX_COMPACT_POSITIONS) {
            String compact = Projects.compact(text).replace("'", "");
            String joined = memo.single(Analysis.wordsQuery(), compact);
            if (joined != null) {
                alternatives.add(new TermQuery(new Term(words, joined)));
            }
            alternatives.addAll(splits(compact, memo));
        }
        if (alternatives.size() == 1) {
            return main;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        alternatives.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** "multiraft" → phrases "mul tiraft", "mult iraft", "multi raft", …: cheap, as absent terms match nothing. */
    private List<Query> splits(String compact, Memo memo) {
        List<Query> out = new ArrayList<>();
        if (compact.length() > MAX_SPLIT_WORD || !compact.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return out;
        }
        for (int i = MIN_SPLIT_PART; i <= compact.length() - MIN_SPLIT_PART; i++) {
            String head = memo.single(Analysis.wordsQuery(), compact.substring(0, i));
            String tail = memo.single(Analysis.wordsQuery(), compact.substring(i));
            if (head != null && tail != null) {
                PhraseQuery split = new PhraseQuery(words, head, tail);
                out.add(new BoostQuery(split, SPLIT_WEIGHT));
            }
        }
        return out;
    }

    private Query gramsQuery(String text, Memo memo) {
        return memo.shared((names ? "names " : "grams ") + text, grams, () -> gramsQueryOf(text, memo));
    }

    private Query gramsQueryOf(String text, Memo memo) {
        List<QueryTokens.QTok> toks = memo.analyze(names ? Analysis.namesQuery() : Analysis.gramsQuery(), text);
        List<QueryTokens.QTok> chosen = new ArrayList<>();
        for (QueryTokens.QTok t : toks) {
            if (t.type().equals("<SINGLE>") && toks.stream().anyMatch(d -> d.type().equals("<DOUBLE>")
                    && (d.position() == t.position() || d.position() == t.position() - 1))) {
                continue;
            }
            if (!chosen.isEmpty() && chosen.get(chosen.size() - 1).position() == t.position()) {
                continue;
            }
            chosen.add(t);
        }
        return QueryTokens.sequence(grams, chosen);
    }

    /**
     * One version: exactly, or as a release line ("0.13" finds 0.13.0 and 0.13.1 through their "0.13.x" terms), the
     * exact match weighing more. A typed line ("0.13.x") is the line only.
     */
    private Query versionQuery(String text, Memo memo) {
        Matcher line = RELEASE_LINE.matcher(text.strip());
        if (line.matches()) {
            return new TermQuery(new Term(versions, LatinRun.releaseLine(line.group(1))));
        }
        List<QueryTokens.QTok> toks = memo.analyze(Analysis.versionsQuery(), text);
        if (toks.size() != 1) {
            return null;
        }
        String exact = toks.get(0).term();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(versions, exact)), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(versions, LatinRun.releaseLine(exact))), LINE_WEIGHT),
                        BooleanClause.Occur.SHOULD)
                .build();
    }

    private static Query boost(Query q, float boost) {
        return q == null || boost == 1f ? q : new BoostQuery(q, boost);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '＂';
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(Chars::isHan);
    }
}
