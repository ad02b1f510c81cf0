package dev.weeklysearch.extract;

import java.util.Locale;

/**
 * The type of an entry. {@link #id()} is the one mapping to the name everything outside extraction
 * uses: the index ({@code Schema.TYPE}), the API's {@code type} (hits, filters, facets) and the
 * intents file.
 */
public enum EntryType {
    QA, RELEASE, EVENT, ARTICLE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
