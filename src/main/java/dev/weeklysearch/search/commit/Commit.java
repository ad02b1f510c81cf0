package dev.weeklysearch.search.commit;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The typed context of one index commit, handed explicitly to every stage of a request: the
 * searcher over the commit and what every stage's queries share instead of rebuilding. A refresh
 * to a newer commit brings a new context with empty caches, so nothing stale is served; what only
 * one stage keeps per commit (highlighter, scoring workspaces, answers, completions) sits beside
 * it in the facade's {@code Served}.
 *
 * <p>The rule for caches: a per-commit cache lives exactly as long as its commit, has one owner
 * and a fixed bound, and once full stops adding (popular entries come first): here the stored
 * documents ({@link StoredDocs}), term states ({@link TermStatesCache}) and norms ({@link
 * NormCache}: one byte a document per scored field). Built once per commit, when it opens, for
 * the facets: the entries (a bit a document), the reprint groups ({@link Reprints}: an int a
 * document), each document's post ({@link Posts}: an int a document, and a post's reference once
 * asked for), the faceted fields' ordinals ({@link Ordinals}: an int a document and field) and the
 * dates ({@link Dates}: a long a document). Caches that outlive commits (query vectors, typo
 * automata) belong to the search facade, which serves for the process's lifetime.
 */
public final class Commit extends IndexSearcher {
    /** The fields the facets count, read into {@link Ordinals} when the commit opens. */
    public static final List<String> FACETED = List.of(Schema.TYPE, Schema.PROJECT, Schema.YEAR);

    private final DirectoryReader reader;
    private final StoredDocs docs;
    private final TermStatesCache terms;
    private final NormCache norms;
    private final Reprints reprints;
    private final Posts posts;
    private final Map<String, Ordinals> facets;
    private final Dates dates;
    private final FixedBitSet entries;

    public Commit(DirectoryReader reader) throws IOException {
        super(reader);
        this.reader = reader;
        this.docs = new StoredDocs(reader);
        this.terms = new TermStatesCache(this);
        this.norms = new NormCache(reader.leaves());
        this.reprints = Reprints.of(reader);
        this.posts = Posts.of(reader);
        Map<String, Ordinals> facets = new HashMap<>();
        for (String field : FACETED) {
            facets.put(field, Ordinals.of(reader, field));
        }
        this.facets = Map.copyOf(facets);
        this.dates = Dates.of(reader);
        this.entries = live(reader);
    }

    public DirectoryReader reader() {
        return reader;
    }

    /**
     * The live documents, every one an entry: the passes score postings, which still hold deleted
     * documents. (Indexes written before issue 22 also hold a {@code doc_type} field, always "entry";
     * nothing reads it any more, and a reindex drops it.)
     */
    public FixedBitSet entries() {
        return entries;
    }

    private static FixedBitSet live(IndexReader reader) {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    out.set(leaf.docBase + doc);
                }
            }
        }
        return out;
    }

    /** The segment's norms of {@code field} read once for this commit, or null (read them from the segment). */
    public byte[] norms(LeafReaderContext segment, String field) {
        return norms.of(segment, field);
    }

    /** The stored fields of this commit's documents, read once. */
    public StoredDocs docs() {
        return docs;
    }

    /** The commit's dictionary: term states, remembered. */
    public TermStatesCache terms() {
        return terms;
    }

    /** The documents whose reprint key another document of this commit shares, by group. */
    public Reprints reprints() {
        return reprints;
    }

    /** The post of each document: what a hit names of its reprints. */
    public Posts posts() {
        return posts;
    }

    /** The values of a faceted field ({@link #FACETED}) as ordinals over this commit. */
    public Ordinals ordinals(String field) {
        Ordinals o = facets.get(field);
        if (o == null) {
            throw new IllegalArgumentException("not a faceted field: " + field);
        }
        return o;
    }

    /** Each document's post date, read once for this commit. */
    public Dates dates() {
        return dates;
    }

    /** The stored fields of {@code doc}, read once per commit. */
    public Document document(int doc) throws IOException {
        return docs.get(doc);
    }
}
