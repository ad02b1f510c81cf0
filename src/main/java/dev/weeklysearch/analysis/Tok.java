package dev.weeklysearch.analysis;

/** A token before it is copied into Lucene attributes; offsets index the original text. */
record Tok(String term, int start, int end, int posInc, boolean keyword, String type) {

    static final String WORD = "<ALPHANUM>";
    static final String VERSION = "<VERSION>";
    static final String PRODUCT = "<PRODUCT>";
    static final String COMPOUND = "<COMPOUND>";
    /** The type CJKBigramFilter combines. */
    static final String IDEOGRAPHIC = "<IDEOGRAPHIC>";
}
