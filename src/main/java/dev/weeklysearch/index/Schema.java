package dev.weeklysearch.index;

import dev.weeklysearch.analysis.Analysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The one place that names the index's fields: one document per {@code Entry}. What the index
 * remembers of each post (content hash, HTTP validators) lives in the commit's user data
 * ({@code CommitState}), so that it changes atomically with the documents.
 *
 * <p>SmartCN, the costly analysis, runs once per character: {@link #QUESTION}, {@link #ANSWER}
 * and {@link #BODY} split an entry's text without overlap, while {@link #TEXT} (the whole text,
 * for recall and snippets) uses the cheap gram chain.
 */
public final class Schema {
    private Schema() {
    }

    /** Entry id ({@code slug/type-n}). StringField, stored. */
    public static final String ID = "id";
    /** The post's slug. StringField, stored; deletes a post's documents in one term. */
    public static final String SLUG = "slug";

    // --- entry documents: filters, facets, sorting
    /**
     * The entry's type, {@code EntryType.id()} (qa, release, …), the API's {@code type}. StringField stored +
     * SortedSetDocValues (facet). Renamed from "kind" with index format 7, whose first reindex
     * rewrites every entry.
     */
    public static final String TYPE = "type";
    /** Canonical project name, "" omitted. StringField stored + SortedSetDocValues (facet). */
    public static final String PROJECT = "project";
    /** Year of the post date. StringField (filter) + SortedSetDocValues (facet); not stored. */
    public static final String YEAR = "year";
    /** Post date as epoch day. NumericDocValues (sort, recency); not stored (see {@link #POST_DATE}). */
    public static final String DATE = "date";
    /**
     * The dates an entry is asked for by: the post's, and the days its text writes (an event's
     * "06 月 03 日"), each as the terms of {@code Dates.terms} (day, day of any year, month, year).
     * StringField, multi-valued, not stored.
     */
    public static final String DATES = "dates";
    /** Hash of the key shared by reprints of one Q&amp;A/release in several posts. NumericDocValues, not stored. */
    public static final String DUP_KEY = "dup";

    // --- entry documents: searched
    /** Display line. Words chain, stored, offsets in postings (highlighting). */
    public static final String TITLE = "title";
    /** Q&amp;A questions, all rounds; empty in other entries (dense norms). Words chain, not stored. */
    public static final String QUESTION = "question";
    /** Q&amp;A answers, all rounds; empty in other entries (dense norms). Words chain, not stored. */
    public static final String ANSWER = "answer";
    /** Text of non-Q&amp;A entries; empty in Q&amp;A (dense norms). Words chain, not stored. */
    public static final String BODY = "body";
    /** The entry's whole plain text. Gram chain, stored, offsets in postings (snippets, recall). */
    public static final String TEXT = "text";
    /** Project name and its spellings; empty without a project (dense norms). Words chain (aliases), not stored. */
    public static final String PROJECT_TEXT = "project_text";
    /**
     * The English words of the slugs the entry links to ({@code sofa-rpc-graceful-exit}), the site's
     * own English name for a Chinese post; empty without such a link (dense norms). Words chain, not stored.
     */
    public static final String SLUG_WORDS = "slug_words";
    /** Released versions, normalised. Version chain (exact), stored (multi-valued). */
    public static final String VERSIONS = "versions";
    /** Who asked. Gram chain, stored. */
    public static final String ASKER = "asker";
    /**
     * Unit vector of the entry's meaning (a Q&amp;A's question and the head of its answer, another
     * entry's title). KnnFloatVectorField, dot product; not stored. Absent in a lexical-only index.
     */
    public static final String VECTOR = "vector";

    // --- entry documents: display only (stored, not indexed)
    /** Deep link into the post (anchor or text fragment). Stored only. */
    public static final String URL = "url";
    /** GitHub issue number, when present. Stored only. */
    public static final String ISSUE = "issue";
    /** Post title. Stored only. */
    public static final String POST_TITLE = "post_title";
    /** Post date, ISO yyyy-mm-dd. Stored only. */
    public static final String POST_DATE = "post_date";
    /** Post URL. Stored only. */
    public static final String POST_URL = "post_url";

    /** Commit user data: when the last reindex committed (ISO instant). */
    public static final String COMMIT_LAST_REINDEX = "last_reindex";
    /** Commit user data: the embedding model of the vectors, "" when the index has none. */
    public static final String COMMIT_EMBEDDING_MODEL = "embedding_model";

    /** Tokenized, stored, with offsets in postings so UnifiedHighlighter needs no re-analysis. */
    static final FieldType STORED_WITH_OFFSETS = offsetsType(true);
    /** Tokenized, stored, positions. */
    static final FieldType STORED_TEXT = TextField.TYPE_STORED;
    /** Tokenized, not stored, positions (phrases). */
    static final FieldType SEARCH_ONLY = TextField.TYPE_NOT_STORED;

    private static FieldType offsetsType(boolean stored) {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** The analyzer of each tokenized field; index time and query time use the same one. */
    public static Analyzer analyzer() {
        return Holder.ANALYZER;
    }

    private static final class Holder {
        static final Analyzer ANALYZER = new PerField();
    }

    /**
     * Picks each field's chain when a field is first analysed, not when the analyzer is built:
     * a reindex with nothing to analyse then never loads SmartCN's dictionaries.
     */
    private static final class PerField extends DelegatingAnalyzerWrapper {
        PerField() {
            super(PER_FIELD_REUSE_STRATEGY);
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return switch (field) {
                case TEXT -> Analysis.grams();
                case ASKER -> Analysis.names();
                case VERSIONS -> Analysis.versions();
                default -> Analysis.words();
            };
        }
    }
}
