package dev.weeklysearch.index;

import dev.weeklysearch.analysis.Dates;
import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.EntryType;
import dev.weeklysearch.extract.Post;
import dev.weeklysearch.extract.Round;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene documents of the {@link Schema}: one per entry, one per post's state. */
final class EntryDocuments {
    private EntryDocuments() {
    }

    /** Characters of a Q&amp;A embedded: its question and the head of its answer. */
    private static final int SEMANTIC_CHARS = 300;

    static Document entry(Entry e) {
        return entry(e, null);
    }

    /** The entry's document; {@code vector} (unit length) is null in a lexical-only index. */
    static Document entry(Entry e, float[] vector) {
        Post post = e.post();
        Document d = new Document();
        d.add(new StringField(Schema.ID, e.id(), Field.Store.YES));
        d.add(new StringField(Schema.SLUG, post.slug(), Field.Store.YES));

        d.add(new StringField(Schema.TYPE, e.type().id(), Field.Store.YES));
        d.add(new SortedSetDocValuesField(Schema.TYPE, new BytesRef(e.type().id())));
        if (!e.project().isEmpty()) {
            d.add(new StringField(Schema.PROJECT, e.project(), Field.Store.YES));
            d.add(new SortedSetDocValuesField(Schema.PROJECT, new BytesRef(e.project())));
        }
        d.add(new Field(Schema.PROJECT_TEXT, e.project(), Schema.SEARCH_ONLY));
        String year = Integer.toString(post.date().getYear());
        d.add(new StringField(Schema.YEAR, year, Field.Store.NO));
        d.add(new SortedSetDocValuesField(Schema.YEAR, new BytesRef(year)));
        d.add(new NumericDocValuesField(Schema.DATE, post.date().toEpochDay()));
        for (String t : dateTerms(e)) {
            d.add(new StringField(Schema.DATES, t, Field.Store.NO));
        }
        d.add(new NumericDocValuesField(Schema.DUP_KEY, DuplicateKey.hash(DuplicateKey.of(e))));

        d.add(new Field(Schema.TITLE, e.title(), Schema.STORED_WITH_OFFSETS));
        d.add(new Field(Schema.TEXT, e.text(), Schema.STORED_WITH_OFFSETS));
        // Every entry has every word field, empty where it has no such text: an empty field adds no
        // term and leaves the field's statistics (document count, lengths) as they were, but gives
        // the entry a norm, so the norms are dense. Sparse norms cost scoring a lookup in a jump
        // table per matching document (14 % of a query's time at 100 copies of the archive).
        boolean qa = e.type() == EntryType.QA;
        d.add(new Field(Schema.QUESTION, qa ? questions(e) : "", Schema.SEARCH_ONLY));
        d.add(new Field(Schema.ANSWER, qa ? answers(e) : "", Schema.SEARCH_ONLY));
        d.add(new Field(Schema.BODY, qa ? "" : body(e), Schema.SEARCH_ONLY));
        d.add(new Field(Schema.SLUG_WORDS, SlugWords.of(e.links()), Schema.SEARCH_ONLY));
        for (String v : e.versions()) {
            d.add(new Field(Schema.VERSIONS, v, Schema.STORED_TEXT));
        }
        if (!e.asker().isEmpty()) {
            d.add(new Field(Schema.ASKER, e.asker(), Schema.STORED_TEXT));
        }
        if (e.issue() > 0) {
            d.add(new StoredField(Schema.ISSUE, e.issue()));
        }
        d.add(new StoredField(Schema.URL, DeepLink.of(e)));
        d.add(new StoredField(Schema.POST_TITLE, post.title()));
        d.add(new StoredField(Schema.POST_DATE, post.date().toString()));
        d.add(new StoredField(Schema.POST_URL, post.url()));
        if (vector != null) {
            d.add(new KnnFloatVectorField(Schema.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return d;
    }

    /**
     * What an entry's vector means: a Q&amp;A by its question plus the head of its answer, other
     * kinds by their title. Measured on the archive, this fused better than whole texts, whose
     * long tails (release item lists, article blurbs) blur the meaning.
     */
    static String semanticText(Entry e) {
        if (e.type() != EntryType.QA) {
            return e.title();
        }
        String text = e.question() + "\n" + e.answer();
        return text.length() <= SEMANTIC_CHARS ? text : text.substring(0, SEMANTIC_CHARS);
    }

    /**
     * A non-Q&amp;A entry's searched text: an event or a list item is also found by the heading it sits
     * under ("社区会议回顾" against "预告", a programme's name over its task list), which its own text
     * may not repeat. Other kinds' headings are the same label in every post ("本周推荐阅读") and say nothing.
     */
    private static String body(Entry e) {
        boolean headed = e.type() == EntryType.EVENT || e.type() == EntryType.OTHER;
        return headed && !e.section().isBlank() && !e.text().contains(e.section()) ? e.section() + "\n" + e.text() : e.text();
    }

    /** The post's date and the days the entry's text writes, as index terms, each once. */
    static Set<String> dateTerms(Entry e) {
        Set<String> terms = new LinkedHashSet<>(Dates.terms(e.post().date()));
        for (LocalDate day : Dates.daysIn(e.text(), e.post().date())) {
            terms.addAll(Dates.terms(day));
        }
        // A day the title names ("… 2023-04-26 社区会议") is what the entry is about, more than a day its text mentions.
        for (LocalDate day : Dates.daysIn(e.title(), e.post().date())) {
            Dates.terms(day).forEach(t -> terms.add(Dates.TITLED + t));
        }
        return terms;
    }

    private static String questions(Entry e) {
        return join(e.question(), e.rounds().stream().map(Round::question).collect(Collectors.joining("\n")));
    }

    private static String answers(Entry e) {
        return join(e.answer(), e.rounds().stream().map(Round::answer).collect(Collectors.joining("\n")));
    }

    private static String join(String first, String rest) {
        return rest.isBlank() ? first : first + "\n" + rest;
    }
}
