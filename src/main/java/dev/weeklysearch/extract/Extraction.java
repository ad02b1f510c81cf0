package dev.weeklysearch.extract;

import java.util.List;

/** A post and its entries in document order. */
public record Extraction(Post post, List<Entry> entries) {
    public Extraction {
        entries = List.copyOf(entries);
    }
}
