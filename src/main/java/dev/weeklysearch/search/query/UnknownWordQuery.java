package dev.weeklysearch.search.query;

import dev.weeklysearch.search.commit.TermCheck;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A typo correction that runs only for a word the index does not hold as typed. Building the
 * Levenshtein automata of a fuzzy query is the largest cost of a computed query, and a word the
 * posts contain (most words of most queries) gets no use of its corrections: its exact match
 * ranks first anyway. The check is a term lookup per field, made against the index the searcher
 * sees: by {@code Pruning} through the commit's remembered lookups on the query path, or at rewrite.
 */
public final class UnknownWordQuery extends Query {
    /** The word as the index would hold it: its analysed forms (a stem, or a name's forms). */
    private final List<String> forms;
    private final List<String> fields;
    private final Query correction;

    UnknownWordQuery(List<String> forms, List<String> fields, Query correction) {
        this.forms = List.copyOf(forms);
        this.fields = List.copyOf(fields);
        this.correction = correction;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        return held(t -> reader.docFreq(t) > 0)
                ? new MatchNoDocsQuery("'" + forms + "' is in the index: no correction needed")
                : correction;
    }

    /** Whether a field holds one of the word's forms: then it needs no correction. */
    public boolean held(TermCheck check) throws IOException {
        for (String field : fields) {
            for (String form : forms) {
                if (check.holds(new Term(field, form))) {
                    return true;
                }
            }
        }
        return false;
    }

    public Query correction() {
        return correction;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "unknown(" + correction.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && forms.equals(((UnknownWordQuery) other).forms)
                && correction.equals(((UnknownWordQuery) other).correction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), forms, correction);
    }
}
