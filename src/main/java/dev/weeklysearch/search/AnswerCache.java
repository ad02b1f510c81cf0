package dev.weeklysearch.search;

import dev.weeklysearch.analysis.Synonyms;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers to repeated requests over one commit: visitors repeat popular queries. Owned by one
 * {@code Commit} and gone with it, so a newer commit never serves a stale answer. Bound: the
 * facade's {@code resultCacheSize} answers (0 keeps none); once full it stops adding, as every
 * per-commit cache does (popular queries come first anyway).
 */
final class AnswerCache {
    private final int max;
    private final Map<SearchRequest, Answer> results = new ConcurrentHashMap<>();

    /** An answer and the synonyms it was computed with. */
    private record Answer(Synonyms synonyms, SearchResult result) {
    }

    AnswerCache(int max) {
        this.max = max;
    }

    /**
     * A previous answer to the same request with the same synonyms, or null. An answer of other
     * synonyms (one computed while they were swapped) is dropped, never served.
     */
    SearchResult get(SearchRequest request, Synonyms synonyms) {
        Answer a = results.get(request);
        if (a == null) {
            return null;
        }
        if (a.synonyms() != synonyms) {
            results.remove(request, a);
            return null;
        }
        return a.result();
    }

    void put(SearchRequest request, Synonyms synonyms, SearchResult result) {
        if (results.size() < max) {
            results.put(request, new Answer(synonyms, result));
        }
    }

    /** Drops every kept answer (the synonyms changed). */
    void clear() {
        results.clear();
    }
}
