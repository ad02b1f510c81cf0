package dev.weeklysearch.search.query;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analyses made while building the queries of one visitor text, by chain and text. The query
 * chains ignore the field name, so one analysis serves every field of a chain. Not thread-safe:
 * one per visitor text.
 */
final class Memo {
    private final Map<Analyzer, Map<String, List<QueryTokens.QTok>>>
            done = new IdentityHashMap<>();

    List<QueryTokens.QTok> analyze(Analyzer chain, String text) {
        return done.computeIfAbsent(chain, c -> new HashMap<>())
                .computeIfAbsent(text, t -> QueryTokens.analyze(chain, "", t));
    }

    String single(Analyzer chain, String text) {
        List<QueryTokens.QTok> toks = analyze(chain, text);
        return toks.size() == 1 ? toks.get(0).term() : null;
    }
}
