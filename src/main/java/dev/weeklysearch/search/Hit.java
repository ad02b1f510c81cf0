package dev.weeklysearch.search;

import java.util.List;
import java.util.Map;

/** One search hit; field names are the API contract. */
public record Hit(String id, String type, String title, String url, PostRef post, String asker, String project,
        List<String> versions, String text, Map<String, String> highlights, List<PostRef> alsoIn, float score) {
}
