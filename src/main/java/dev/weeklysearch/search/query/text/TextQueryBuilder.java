package dev.weeklysearch.search.query.text;

import dev.weeklysearch.analysis.Analysis;

/** Names the fields to search (each optional) and their boosts. */
public final class TextQueryBuilder {
    String words;
    float wordsBoost = 1f;
    String grams;
    float gramsBoost = 1f;
    boolean names;
    String versions;
    float versionsBoost = 1f;

    TextQueryBuilder() {
    }

    /** A field indexed with {@link Analysis#words()}. */
    public TextQueryBuilder words(String field, float boost) {
        this.words = field;
        this.wordsBoost = boost;
        return this;
    }

    /** A field indexed with {@link Analysis#grams()}. */
    public TextQueryBuilder grams(String field, float boost) {
        this.grams = field;
        this.gramsBoost = boost;
        return this;
    }

    /**
     * The grams field is a field of names (the asker's handle), indexed with {@link Analysis#names()}:
     * it also answers a clause without Chinese characters, which no word field holds, and reads it
     * unstemmed. Without it, grams answer Chinese clauses only.
     */
    public TextQueryBuilder names() {
        this.names = true;
        return this;
    }

    /** A field indexed with {@link Analysis#versions()}. */
    public TextQueryBuilder versions(String field, float boost) {
        this.versions = field;
        this.versionsBoost = boost;
        return this;
    }

    public TextQuery build() {
        return new TextQuery(this);
    }
}
