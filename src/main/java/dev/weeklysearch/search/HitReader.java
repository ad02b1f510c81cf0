package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.highlight.Highlights;
import dev.weeklysearch.search.rank.Collapser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Turns collapsed groups of documents into API hits with highlights. */
final class HitReader {
    /** A hit's {@code text} by default: about a snippet, enough for a box that shows no highlight. */
    static final int TEXT_CHARS = 240;

    private HitReader() {
    }

    /** @param fullText whether hits carry their whole text rather than its first {@value #TEXT_CHARS} characters */
    static List<Hit> read(Commit docs, Highlights highlighter, List<Collapser.Group> groups, Query highlightQuery, boolean fullText)
            throws IOException {
        int[] ids = new int[groups.size()];
        Document[] best = new Document[groups.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = groups.get(i).best().doc;
            best[i] = docs.document(ids[i]);
        }
        String[][] marks = highlighter.of(highlightQuery, ids, best);
        List<Hit> hits = new ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            Collapser.Group g = groups.get(i);
            Document d = best[i];
            PostRef own = docs.posts().of(ids[i]);
            List<PostRef> alsoIn = new ArrayList<>();
            for (int doc : g.reprints()) {
                PostRef p = docs.posts().of(doc);
                if (!p.slug().equals(own.slug()) && alsoIn.stream().noneMatch(a -> a.slug().equals(p.slug()))) {
                    alsoIn.add(p);
                }
            }
            Map<String, String> highlights = new LinkedHashMap<>();
            highlights.put("title", marks[i][0] == null ? "" : marks[i][0]);
            highlights.put("text", marks[i][1] == null ? "" : marks[i][1]);
            hits.add(new Hit(d.get(Schema.ID), d.get(Schema.TYPE), d.get(Schema.TITLE), d.get(Schema.URL), own,
                    orEmpty(d.get(Schema.ASKER)), orEmpty(d.get(Schema.PROJECT)),
                    Arrays.asList(d.getValues(Schema.VERSIONS)), fullText ? orEmpty(d.get(Schema.TEXT)) : cut(d.get(Schema.TEXT)), highlights, alsoIn,
                    score(g.best())));
        }
        return hits;
    }

    private static float score(ScoreDoc sd) {
        if (Float.isNaN(sd.score)) {
            throw new IllegalStateException("hit " + sd.doc + " has no score");
        }
        return sd.score;
    }

    /** The first {@value #TEXT_CHARS} characters, never cutting a surrogate pair, and "…" when cut. */
    static String cut(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= TEXT_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TEXT_CHARS - 1)) ? TEXT_CHARS - 1 : TEXT_CHARS;
        return text.substring(0, end) + "…";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
