package dev.weeklysearch.search.commit;

import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.PostRef;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The post each document of a commit belongs to, and each post as a hit names it, read from the
 * first of its documents asked for. A hit names the other posts that reprint it, and reading a
 * reprint's stored fields to learn its post decompressed its whole text: a tenth of a query at 100
 * times the corpus, where every entry has a hundred reprints. Bound: an int a document, and one
 * {@link PostRef} a post; lifetime: the commit's. Reading the table when a commit opens took 0.5-1.3 ms
 * for the corpus (1,198 entries) and 5-9 ms at 100 times (119,800), warm; 18 and 55 ms in a cold JVM.
 */
public final class Posts {
    private static final Set<String> FIELDS = Set.of(Schema.SLUG, Schema.POST_TITLE, Schema.POST_DATE,
            Schema.POST_URL);

    private final IndexReader reader;
    /** Per document (commit-wide number): its post's number, -1 when it has no slug. */
    private final int[] post;
    /** Per post number: the post, once read. Two requests may read one at once; both read the same. */
    private final AtomicReferenceArray<PostRef> refs;

    private Posts(IndexReader reader, int[] post, int posts) {
        this.reader = reader;
        this.post = post;
        this.refs = new AtomicReferenceArray<>(posts);
    }

    /** Once per commit: the slug field's postings give each document its post's number. */
    static Posts of(IndexReader reader) throws IOException {
        int[] post = new int[reader.maxDoc()];
        Arrays.fill(post, -1);
        Map<BytesRef, Integer> numbers = new HashMap<>();
        PostingsEnum docs = null;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Schema.SLUG);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef slug = te.next(); slug != null; slug = te.next()) {
                Integer number = numbers.get(slug);
                if (number == null) {
                    number = numbers.size();
                    numbers.put(BytesRef.deepCopyOf(slug), number);
                }
                docs = te.postings(docs, PostingsEnum.NONE);
                for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                    post[leaf.docBase + d] = number;
                }
            }
        }
        return new Posts(reader, post, numbers.size());
    }

    /** The post {@code doc} belongs to, read from its stored fields the first time its post is asked for. */
    public PostRef of(int doc) throws IOException {
        int number = post[doc];
        PostRef ref = number < 0 ? null : refs.get(number);
        if (ref == null) {
            Document d = reader.storedFields().document(doc, FIELDS);
            ref = new PostRef(d.get(Schema.SLUG), d.get(Schema.POST_TITLE), d.get(Schema.POST_DATE),
                    d.get(Schema.POST_URL));
            if (number >= 0) {
                refs.set(number, ref);
            }
        }
        return ref;
    }
}
