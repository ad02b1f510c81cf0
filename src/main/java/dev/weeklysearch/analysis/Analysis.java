package dev.weeklysearch.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;

/** TEMPORARY stand-in until the analysis branch lands; replaced wholesale by it. */
public final class Analysis {
    private Analysis() {
    }

    public static Analyzer words() {
        return Holder.WORDS;
    }

    public static Analyzer grams() {
        return Holder.GRAMS;
    }

    public static Analyzer versions() {
        return Holder.VERSIONS;
    }

    public static Analyzer keyword() {
        return Holder.KEYWORD;
    }

    private static final class Holder {
        static final Analyzer WORDS = new SmartChineseAnalyzer();
        static final Analyzer GRAMS = new CJKAnalyzer();
        static final Analyzer VERSIONS = new WhitespaceAnalyzer();
        static final Analyzer KEYWORD = new KeywordAnalyzer();
    }
}
