package dev.weeklysearch.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search; field names are the API contract.
 *
 * @param total   how many entries match the query and the filters, reprints collapsed (an entry
 *                printed in several posts counts once): exact, not an estimate; the pages hold at
 *                most {@link SearchRequest#MAX_DEPTH} of them
 * @param relaxed true when no entry had every word and the hits match any word instead
 * @param facets  per dimension (type, project, year), value → entries; each dimension's counts ignore
 *                that dimension's own filter (disjunctive facets), and obey the others
 */
public record SearchResult(String query, long total, int page, int size, double tookMs, boolean relaxed,
        List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** The same answer, timed anew (an answer served from the cache). */
    public SearchResult withTook(double ms) {
        return new SearchResult(query, total, page, size, ms, relaxed, hits, facets);
    }
}
