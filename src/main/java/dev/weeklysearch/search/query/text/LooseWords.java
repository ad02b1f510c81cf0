package dev.weeklysearch.search.query.text;

import dev.weeklysearch.analysis.QueryStopwords;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A Chinese clause's words matched one by one, for the texts that hold them apart rather than as
 * the clause's phrase: a group with a minimum to match, weighing less than the phrase, so texts
 * with the whole word rank first.
 */
final class LooseWords {
    /**
     * Measured (issue 23, bench/relevance.sh, hybrid MRR@10): 0.5 lowered the tuned set from 0.915 to 0.909 and the
     * misspelt names made from the index from 146 to 138 of 151.
     */
    private static final float WEIGHT = 0.2f;

    private LooseWords() {
    }

    /** The group over {@code field}, or null when the clause has no word to match apart. */
    static Query of(String field, List<QueryTokens.QTok> toks) {
        List<String> content = words(toks.stream().map(QueryTokens.QTok::term)
                .filter(t -> !QueryStopwords.contains(t)).distinct().toList());
        if (content.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder loose = new BooleanQuery.Builder();
        content.forEach(t -> loose.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
        loose.setMinimumNumberShouldMatch(minimum(content));
        return new BoostQuery(loose.build(), WEIGHT);
    }

    /**
     * The words that may match one by one: all of them, unless one word of two or more characters is
     * all the clause holds beside single characters. Then that word alone: one word is then enough to
     * match, and a single character says too little to be that word (大 of 快照太大 is in a sixth of the
     * archive's entries, 快照 in four), so an entry holding jraft and 大 matched "jraft 快照太大" as fully
     * as one holding jraft and 快照, and led it. Beside two or more such words a character may still
     * complete the count (it is often a word SmartCN did not know, see {@link #minimum}).
     */
    private static List<String> words(List<String> content) {
        List<String> known = content.stream().filter(LooseWords::severalCharacters).toList();
        return known.size() == 1 ? known : content;
    }

    /**
     * How many of the words must match: those of two or more characters (single characters are often
     * a word SmartCN did not know, 金 and 服 of 蚂蚁金服), all of them up to two, three in four beyond.
     * A clause of single characters only needs one. Measured (issue 23): all of them lowered the unseen
     * set's Recall@10 from 0.811 to 0.744; all of a two-character clause's (死锁 cut as 死 and 锁) kept the
     * tuned and unseen sets and lowered the misspelt names made from the index from 147 to 141 of 151.
     */
    private static int minimum(List<String> content) {
        int words = (int) content.stream().filter(LooseWords::severalCharacters).count();
        return words <= 2 ? Math.max(1, words) : (int) Math.ceil(words * 0.75);
    }

    private static boolean severalCharacters(String term) {
        return term.codePointCount(0, term.length()) >= 2;
    }
}
