package dev.weeklysearch.search;

import java.util.List;
import java.util.Map;

/**
 * One search hit; field names are the API contract.
 *
 * @param text  the entry's text: its first {@value HitReader#TEXT_CHARS} characters ("…" when cut),
 *              or all of it when the request asks for it ({@code fields=text})
 * @param score the relevance score (&gt; 0), whatever the sort; non-increasing under relevance sort
 */
public record Hit(String id, String type, String title, String url, PostRef post, String asker, String project,
        List<String> versions, String text, Map<String, String> highlights, List<PostRef> alsoIn, float score) {
}
