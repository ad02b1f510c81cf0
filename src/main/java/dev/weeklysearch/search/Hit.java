package dev.weeklysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One search hit; field names are the API contract.
 *
 * @param text  the entry's text: its first {@value HitReader#TEXT_CHARS} characters ("…" when cut),
 *              or all of it when the request asks for it ({@code fields=text})
 * @param score the ranking score (reciprocal rank fusion of the word and semantic lists), non-increasing
 *              down a relevance-sorted answer; under a date sort the entry's own score: its word-match
 *              score, or for an entry found only by meaning its vector similarity
 * @param match which ranking found it: {@code lexical}, {@code semantic} or {@code both}
 */
public record Hit(String id, String type, String title, String url, PostRef post, String asker, String project,
        List<String> versions, String text, Map<String, String> highlights, List<PostRef> alsoIn, float score,
        String match) {

    public static final String LEXICAL = "lexical";
    public static final String SEMANTIC = "semantic";
    public static final String BOTH = "both";

    /** A hit found by the words alone. */
    public Hit(String id, String type, String title, String url, PostRef post, String asker, String project,
            List<String> versions, String text, Map<String, String> highlights, List<PostRef> alsoIn, float score) {
        this(id, type, title, url, post, asker, project, versions, text, highlights, alsoIn, score, LEXICAL);
    }

    /** This hit as ranked by fusion: its fused score, which side found it, and its highlights. */
    Hit fused(float fusedScore, String side, Map<String, String> marks) {
        return new Hit(id, type, title, url, post, asker, project, versions, text, marks, alsoIn, fusedScore, side);
    }
}
