package dev.weeklysearch.search.query.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * Analyses made while building the queries of one visitor text, by chain and text, and the
 * queries built from them; the caller makes one per visitor text and hands it to every
 * {@link TextQuery#build(String, Memo)} of that text. The query chains ignore the field name, so
 * one analysis serves every field of a chain, and a query built for one field serves the chain's
 * other fields copied ({@link Refield}). Not thread-safe: one per visitor text, and bound by that
 * text's clauses.
 */
public final class Memo {
    private final Map<Analyzer, Map<String, List<QueryTokens.QTok>>>
            done = new IdentityHashMap<>();
    private final Map<String, Built> built = new HashMap<>();

    /** A query as built for {@code field}; null when there was none to build. */
    private record Built(String field, Query query) {
    }

    /** The terms {@code chain} makes of {@code text}, in order. */
    public List<String> terms(Analyzer chain, String text) {
        List<QueryTokens.QTok> toks = analyze(chain, text);
        List<String> out = new ArrayList<>(toks.size());
        for (QueryTokens.QTok t : toks) {
            out.add(t.term());
        }
        return out;
    }

    List<QueryTokens.QTok> analyze(Analyzer chain, String text) {
        return done.computeIfAbsent(chain, c -> new HashMap<>())
                .computeIfAbsent(text, t -> QueryTokens.analyze(chain, "", t));
    }

    /**
     * The query {@code build} makes for {@code field}, or the one it made under {@code key} for
     * another field of the same chain, copied onto {@code field}.
     */
    Query shared(String key, String field, Supplier<Query> build) {
        Built b = built.get(key);
        if (b == null) {
            Query q = build.get();
            built.put(key, new Built(field, q));
            return q;
        }
        if (b.query() == null || b.field().equals(field)) {
            return b.query();
        }
        Query copy = Refield.of(b.query(), field);
        return copy != null ? copy : build.get();
    }

    String single(Analyzer chain, String text) {
        List<QueryTokens.QTok> toks = analyze(chain, text);
        return toks.size() == 1 ? toks.get(0).term() : null;
    }
}
