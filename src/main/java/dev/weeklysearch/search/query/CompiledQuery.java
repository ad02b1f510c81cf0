package dev.weeklysearch.search.query;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A visitor's text compiled. The word side is kept as lists of clause queries, not as Boolean queries, so that each clause
 * is scored once per request however many passes use it ({@code ClauseScores}).
 *
 * @param strict   the wanted clauses: an entry with all of them matches the strict pass
 * @param words    the wanted words, one by one (empty unless {@code severalWords}): an entry with at
 *                 least {@code looseMinimum} of them matches the most-words pass, one the any-word pass
 * @param excludedClauses the {@code -word} clauses: an entry with any of them never matches
 * @param bonus    intent clauses: they add to the score of what the words matched, never match alone
 * @param excluded the excluded clauses as one query (for the semantic side's filter), or null
 * @param synonymForms the other forms of the synonyms the text holds, space-separated ("" when none)
 * @param days     the days or months the text asks for ({@code QueryDates}), as a filter of the entries
 *                 the semantic side may add (it reads no date), or null
 * @param translated some English word of the text also searches Chinese words the index holds ({@code BridgeClauses})
 */
public record CompiledQuery(List<Query> strict, List<Query> words, int looseMinimum, List<Query> excludedClauses,
        List<Query> bonus, Query highlight, boolean canRelax, VisitorQuery parsed, boolean severalWords,
        Query excluded, String synonymForms, Query days, boolean translated) {

    /** The wanted words, without exclusions or quotes: whether the query carries a meaning is judged on this. */
    public String meaning() {
        return meaning(parsed);
    }

    /** What the semantic side embeds: the meaning, and the synonyms' other forms beside it. */
    public String embedded() {
        return synonymForms.isEmpty() ? meaning() : meaning() + " " + synonymForms;
    }

    /**
     * What the semantic side embeds when the text's misspelt words were corrected ({@code Typos#suggestion}, the
     * "did you mean" of {@link #parsed}): the model reads "seeta" as some other word, while the word side
     * already searches the correction.
     */
    public String embedded(String corrected) {
        String meaning = meaning(VisitorQuery.parse(corrected));
        return synonymForms.isEmpty() ? meaning : meaning + " " + synonymForms;
    }

    private static String meaning(VisitorQuery vq) {
        return String.join(" ", vq.clauses().stream().filter(c -> !c.excluded()).map(VisitorQuery.Clause::text).toList());
    }
}
