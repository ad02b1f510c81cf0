package dev.weeklysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search; field names are the API contract.
 *
 * @param total      entries found (reprints collapsed, an entry printed in several posts counts
 *                   once): every entry that matches the words (all of them; with several words, at
 *                   least half of them, or any one when no entry has that many) and passes the
 *                   filters, exactly counted; plus, in a semantic
 *                   answer, the entries that only the semantic ranking brought among its top
 *                   candidates. The pages hold at most {@link SearchRequest#MAX_DEPTH} of them
 * @param relaxed    true when no entry had every word and the hits match most words instead
 * @param facets     per dimension (type, project, year), value → entries matching the words; each
 *                   dimension's counts ignore that dimension's own filter (disjunctive facets), and
 *                   obey the others
 * @param semantic   true when semantic retrieval is on (false: lexical engine only); a query
 *                   of fewer than 4 Chinese characters and 3 Latin words is ranked by its words alone
 * @param suggestion a corrected query ("did you mean") when the answer is empty or weak, else null
 */
public record SearchResult(String query, long total, int page, int size, double tookMs, boolean relaxed,
        List<Hit> hits, Map<String, Map<String, Integer>> facets, boolean semantic, String suggestion) {

    /** A lexical answer without a suggestion. */
    public SearchResult(String query, long total, int page, int size, double tookMs, boolean relaxed,
            List<Hit> hits, Map<String, Map<String, Integer>> facets) {
        this(query, total, page, size, tookMs, relaxed, hits, facets, false, null);
    }

    /** The same answer, timed anew (an answer served from the cache). */
    public SearchResult withTook(double ms) {
        return new SearchResult(query, total, page, size, ms, relaxed, hits, facets, semantic, suggestion);
    }
}
