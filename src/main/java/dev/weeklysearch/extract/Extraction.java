package dev.weeklysearch.extract;

import java.util.List;

/** A post and the entries extracted from it, in document order. */
public record Extraction(Post post, List<Entry> entries) {
    public Extraction {
        entries = List.copyOf(entries);
    }
}
