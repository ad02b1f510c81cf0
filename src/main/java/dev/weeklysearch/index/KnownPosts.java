package dev.weeklysearch.index;

import dev.weeklysearch.source.PostState;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Reads the post-state documents of the index: what the last reindex stored of each post. */
final class KnownPosts {
    private static final Set<String> FIELDS = Set.of(Schema.SLUG, Schema.HASH, Schema.LOCATION, Schema.ETAG,
            Schema.LAST_MODIFIED);

    private KnownPosts() {
    }

    static Map<String, PostState> read(IndexWriter writer) throws IOException {
        Map<String, PostState> known = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery posts = new TermQuery(new Term(Schema.DOC_TYPE, Schema.TYPE_POST));
            int n = Math.max(1, searcher.count(posts));
            TopDocs top = searcher.search(posts, n);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc, FIELDS);
                PostState s = new PostState(d.get(Schema.SLUG), d.get(Schema.LOCATION), d.get(Schema.HASH),
                        d.get(Schema.ETAG), d.get(Schema.LAST_MODIFIED));
                known.put(s.slug(), s);
            }
        }
        return known;
    }
}
