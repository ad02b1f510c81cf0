package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;

/** Folds reprints of one entry (same duplicate key) into the best-ranked one. */
final class Collapser {
    private static final Set<String> KEY = Set.of(Schema.DUP_KEY);

    record Group(ScoreDoc best, List<Integer> reprints) {
    }

    private Collapser() {
    }

    static List<Group> collapse(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            String key = searcher.storedFields().document(sd.doc, KEY).get(Schema.DUP_KEY);
            Group g = groups.get(key);
            if (g == null) {
                groups.put(key, new Group(sd, new ArrayList<>()));
            } else {
                g.reprints().add(sd.doc);
            }
        }
        return new ArrayList<>(groups.values());
    }
}
