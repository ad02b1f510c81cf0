package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The typed context of one index commit, handed explicitly to every stage of a request: the
 * searcher over the commit and what its queries share instead of rebuilding. A refresh to a newer
 * commit brings a new context with empty caches ({@link CommitManager}), so nothing stale is served.
 *
 * <p>The rule for caches: a per-commit cache lives exactly as long as its commit, is owned by one
 * object here, has a fixed bound, and once full stops adding (popular entries come first): the
 * stored documents ({@link StoredDocs}), term states ({@link TermStatesCache}), norms ({@link
 * NormCache}: one byte a document per scored field), scoring workspaces ({@link Workspaces}) and
 * answers ({@link AnswerCache}). Built once per commit: the reprinted documents, the highlighter
 * and, on first use, the completions. Caches that outlive commits (query vectors, typo automata)
 * belong to the {@link Searcher} facade, which serves for the process's lifetime.
 */
final class Commit extends IndexSearcher {
    private final DirectoryReader reader;
    private final StoredDocs docs;
    private final TermStatesCache terms;
    private final NormCache norms;
    private final Workspaces workspaces;
    private final AnswerCache answers;
    private final FixedBitSet reprinted;
    private final FixedBitSet entries;
    private final Highlights highlights;
    private final Object completionsLock = new Object();
    /** Guarded by {@code completionsLock}; bounded by {@link Completions#MAX_PHRASES}. */
    private Completions completions;

    /** @param answers answers kept for repeated requests; 0 keeps none */
    Commit(DirectoryReader reader, int answers) throws IOException {
        super(reader);
        this.reader = reader;
        this.docs = new StoredDocs(reader);
        this.terms = new TermStatesCache(this);
        this.norms = new NormCache(reader.leaves());
        this.workspaces = new Workspaces(reader);
        this.answers = new AnswerCache(answers);
        this.reprinted = Reprints.of(reader);
        this.entries = entries(reader);
        this.highlights = new Highlights(this, docs, terms);
    }

    DirectoryReader reader() {
        return reader;
    }

    /** The documents that are entries (today every document; the schema leaves room for others). */
    FixedBitSet entries() {
        return entries;
    }

    private static FixedBitSet entries(IndexReader reader) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum docs = leaf.reader().postings(new Term(Schema.DOC_TYPE, Schema.TYPE_ENTRY));
            if (docs == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    out.set(leaf.docBase + doc);
                }
            }
        }
        return out;
    }

    /** This commit's completions, built on the first request for them (a few hundred ms over the archive). */
    Completions completions() throws IOException {
        synchronized (completionsLock) {
            if (completions == null) {
                completions = Completions.build(reader, entries);
            }
            return completions;
        }
    }

    Highlights highlights() {
        return highlights;
    }

    /** The segment's norms of {@code field} read once for this commit, or null (read them from the segment). */
    byte[] norms(LeafReaderContext segment, String field) {
        return norms.of(segment, field);
    }

    /** The commit's dictionary: term states, remembered. */
    TermStatesCache terms() {
        return terms;
    }

    Workspaces workspaces() {
        return workspaces;
    }

    AnswerCache answers() {
        return answers;
    }

    /** The documents whose reprint key another document of this commit shares. */
    FixedBitSet reprinted() {
        return reprinted;
    }

    /** The stored fields of {@code doc}, read once per commit. */
    Document document(int doc) throws IOException {
        return docs.get(doc);
    }
}
