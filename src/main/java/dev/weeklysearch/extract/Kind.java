package dev.weeklysearch.extract;

import java.util.Locale;

/** The type of an entry; {@link #id()} is the wire and index name. */
public enum Kind {
    QA, RELEASE, EVENT, ARTICLE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
