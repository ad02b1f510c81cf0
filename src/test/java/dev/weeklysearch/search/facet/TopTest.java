package dev.weeklysearch.search.facet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.commit.Segments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The facets' top documents are the ones Lucene's {@link TopFieldCollector} keeps for the same
 * sort, in its order, when many matches tie on score and on date (as a hundred reprints do):
 * random matches over three segments, both sorts, windows from one to more than the matches.
 */
class TopTest {
    private static final SortField DATE = new SortField(Schema.DATE, SortField.Type.LONG, true);
    private static final List<Sort> SORTS = List.of(new Sort(SortField.FIELD_SCORE, DATE),
            new Sort(DATE, SortField.FIELD_SCORE));

    private static List<IndexableField> dated(String text) {
        return text.equals("-") ? List.of() : List.of(new NumericDocValuesField(Schema.DATE, Long.parseLong(text)));
    }

    @Test
    void keepsWhatLucenesTopFieldCollectorKeepsInItsOrder() throws IOException {
        Random random = new Random(22);
        String[][] segments = new String[3][];
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new String[100 + 50 * s];
            for (int i = 0; i < segments[s].length; i++) {
                // A few dates, some documents without one.
                segments[s][i] = random.nextInt(10) == 0 ? "-" : Integer.toString(18_000 + random.nextInt(4));
            }
        }
        try (Directory dir = new ByteBuffersDirectory(); DirectoryReader reader = Segments.write(dir, segments, TopTest::dated)) {
            Commit commit = new Commit(reader);
            for (int round = 0; round < 20; round++) {
                float[] scores = new float[reader.maxDoc()];
                boolean[] matched = new boolean[reader.maxDoc()];
                for (int doc = 0; doc < scores.length; doc++) {
                    scores[doc] = 1 + random.nextInt(3) * 0.5f;
                    matched[doc] = random.nextInt(3) > 0;
                }
                for (Sort sort : SORTS) {
                    for (int window : new int[] {1, 7, 60, 500}) {
                        FacetCounts counts = new FacetCounts(SearchRequest.of("x"), sort, window, commit);
                        FacetCounts.Counter counter = counts.newCollector();
                        TopFieldCollector lucene = new TopFieldCollectorManager(sort, window, null, Integer.MAX_VALUE)
                                .newCollector();
                        for (LeafReaderContext leaf : reader.leaves()) {
                            collect(leaf, counter.getLeafCollector(leaf), scores, matched);
                            collect(leaf, lucene.getLeafCollector(leaf), scores, matched);
                        }
                        ScoreDoc[] expected = lucene.topDocs().scoreDocs;
                        ScoreDoc[] kept = counts.reduce(List.of(counter)).top().scoreDocs;

                        String as = "round " + round + ", " + sort + ", window " + window;
                        assertThat(docs(kept)).as(as).isEqualTo(docs(expected));
                        for (int i = 0; i < kept.length; i++) {
                            assertThat(kept[i].score).as(as).isEqualTo(scores[kept[i].doc]);
                        }
                    }
                }
            }
        }
    }

    private static void collect(LeafReaderContext leaf, LeafCollector collector, float[] scores, boolean[] matched)
            throws IOException {
        Holder holder = new Holder();
        collector.setScorer(holder);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (matched[leaf.docBase + doc]) {
                holder.score = scores[leaf.docBase + doc];
                collector.collect(doc);
            }
        }
        collector.finish();
    }

    private static List<Integer> docs(ScoreDoc[] docs) {
        List<Integer> out = new ArrayList<>();
        for (ScoreDoc sd : docs) {
            out.add(sd.doc);
        }
        return out;
    }

    private static final class Holder extends Scorable {
        float score;

        @Override
        public float score() {
            return score;
        }
    }
}
