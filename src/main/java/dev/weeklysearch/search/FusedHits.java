package dev.weeklysearch.search;

import dev.weeklysearch.search.rank.Collapser;
import dev.weeklysearch.search.rank.Hybrid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Marks each hit of a fused answer with the side that found it, its fused score and its snippet. */
final class FusedHits {
    /** Characters of an entry's start shown for a hit the words did not find. */
    private static final int START_CHARS = 160;

    private FusedHits() {
    }

    static List<Hit> label(List<Hit> hits, List<Collapser.Group> groups, Hybrid.Answer answer) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Collapser.Group g = groups.get(i);
            String side = answer.sides().getOrDefault(g.best().doc, Hit.LEXICAL);
            for (int doc : g.reprints()) {
                String other = answer.sides().getOrDefault(doc, side);
                if (!other.equals(side)) {
                    side = Hit.BOTH;
                }
            }
            Hit h = hits.get(i);
            // Nothing of the query is in an entry only the semantic side found: its start, unmarked.
            Map<String, String> marks = side.equals(Hit.SEMANTIC) ? start(h) : h.highlights();
            out.add(h.fused(g.best().score, side, marks));
        }
        return out;
    }

    private static Map<String, String> start(Hit h) {
        Map<String, String> marks = new LinkedHashMap<>();
        marks.put("title", escape(h.title()));
        String text = h.text() == null ? "" : h.text().strip();
        marks.put("text", escape(text.length() <= START_CHARS ? text : text.substring(0, START_CHARS) + "…"));
        return marks;
    }

    /** Highlights are HTML; an unmarked snippet is escaped like a marked one. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
