package dev.weeklysearch.analysis;

/**
 * A token before it is copied into Lucene attributes; offsets index the original text. {@code posLen} is how many
 * positions it spans (a concatenation stacked over its parts spans them all, so graph offsets stay consistent).
 */
public record Tok(String term, int start, int end, int posInc, int posLen, boolean keyword, String type) {

    Tok(String term, int start, int end, int posInc, boolean keyword, String type) {
        this(term, start, end, posInc, 1, keyword, type);
    }

    public static final String WORD = "<ALPHANUM>";
    static final String VERSION = "<VERSION>";
    /** "0.13.x": every release of a line, stacked on each version in the versions field. */
    static final String VERSION_LINE = "<VERSION_LINE>";
    public static final String PRODUCT = "<PRODUCT>";
    static final String COMPOUND = "<COMPOUND>";
    /** The type CJKBigramFilter combines. */
    static final String IDEOGRAPHIC = "<IDEOGRAPHIC>";
}
