package dev.weeklysearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Analyzers for mixed Chinese/English text. All are thread-safe and reusable; none loads a dictionary before its
 * first token (SmartCN's dictionaries, the project list and the traditional→simplified table load lazily).
 *
 * <p>Which analyzer goes with which field (index the same text in several fields, query them with {@code TextQuery}):
 * <ul>
 *   <li>{@link #words()}: the main full-text field (precision): SmartCN words, product names, hyphen/case splits
 *       with their concatenation, exact version terms, Porter stemming except for names. Index postings with
 *       offsets ({@code DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS}) for the UnifiedHighlighter.</li>
 *   <li>{@link #grams()}: a recall field over the same text: every Han character as a unigram plus bigrams, so
 *       single characters and words SmartCN cuts differently are found; Latin tokens as in {@code words()}.</li>
 *   <li>{@link #names()}: a field of names (the asker's): as {@code grams()}, but Latin handles are kept as typed,
 *       not stemmed, so that a handle with a typo is within an edit or two of the handle itself
 *       ("juemnig" of "jueming", which stems to "juem").</li>
 *   <li>{@link #versions()}: only version numbers ({@code v0.6.0} → {@code 0.6.0}), each with its release lines
 *       stacked ({@code 0.6.x}), so a partial version finds its releases and an exact one weighs more.</li>
 * </ul>
 */
public final class Analysis {

    private Analysis() {
    }

    /** SmartCN words + product/hyphen/version handling; the main text field. */
    public static Analyzer words() {
        return Holder.WORDS;
    }

    /** CJK unigrams + bigrams, Latin as in {@link #words()}; a recall field. */
    public static Analyzer grams() {
        return Holder.GRAMS;
    }

    /** As {@link #grams()}, without stemming: names ({@code Schema.ASKER}). */
    public static Analyzer names() {
        return Holder.NAMES;
    }

    /** Query-side twin of {@link #names()}. */
    public static Analyzer namesQuery() {
        return Holder.NAMES_QUERY;
    }

    /** Version tokens only, without a leading "v", plus their release lines ("0.13.0" → also "0.13.x"). */
    public static Analyzer versions() {
        return Holder.VERSIONS;
    }

    /** Query-side twin of {@link #words()}: no short forms or concatenations stacked (TextQuery adds them). */
    public static Analyzer wordsQuery() {
        return Holder.WORDS_QUERY;
    }

    public static Analyzer gramsQuery() {
        return Holder.GRAMS_QUERY;
    }

    /** Query-side twin of {@link #versions()}: exact versions only, no prefixes stacked (TextQuery adds them). */
    public static Analyzer versionsQuery() {
        return Holder.VERSIONS_QUERY;
    }

    /** The chains by name, each a new instance (tests that must not share a reused stream with the singletons). */
    static Analyzer create(String chain) {
        return switch (chain) {
            case "words" -> new Mixed(MixedTokenizer.Mode.WORDS, true, true);
            case "wordsQuery" -> new Mixed(MixedTokenizer.Mode.WORDS, false, true);
            case "grams" -> new Mixed(MixedTokenizer.Mode.GRAMS, true, true);
            case "gramsQuery" -> new Mixed(MixedTokenizer.Mode.GRAMS, false, true);
            case "names" -> new Mixed(MixedTokenizer.Mode.GRAMS, true, false);
            case "namesQuery" -> new Mixed(MixedTokenizer.Mode.GRAMS, false, false);
            case "versions" -> new Mixed(MixedTokenizer.Mode.VERSIONS, true, false);
            case "versionsQuery" -> new Mixed(MixedTokenizer.Mode.VERSIONS, false, false);
            default -> throw new IllegalArgumentException("no analysis chain " + chain);
        };
    }

    private static final class Holder {
        static final Analyzer WORDS = create("words");
        static final Analyzer WORDS_QUERY = create("wordsQuery");
        static final Analyzer GRAMS = create("grams");
        static final Analyzer GRAMS_QUERY = create("gramsQuery");
        static final Analyzer NAMES = create("names");
        static final Analyzer NAMES_QUERY = create("namesQuery");
        static final Analyzer VERSIONS = create("versions");
        static final Analyzer VERSIONS_QUERY = create("versionsQuery");
    }

    /** Process-wide singletons: closing one (e.g. by a try-with-resources or a test framework) is ignored. */
    private abstract static class Shared extends Analyzer {
        @Override
        public void close() {
            // shared by every index and query; never released
        }
    }

    private static final class Mixed extends Shared {
        private final MixedTokenizer.Mode mode;
        private final boolean indexing;
        private final boolean stem;

        Mixed(MixedTokenizer.Mode mode, boolean indexing, boolean stem) {
            this.mode = mode;
            this.indexing = indexing;
            this.stem = stem;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new MixedTokenizer(mode, indexing);
            TokenStream stream = tokenizer;
            if (mode == MixedTokenizer.Mode.GRAMS) {
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, true);
            }
            if (stem) {
                stream = new PorterStemFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new FoldFilter(in);
        }
    }
}
