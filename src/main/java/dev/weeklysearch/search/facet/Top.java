package dev.weeklysearch.search.facet;

import org.apache.lucene.search.FieldDoc;

/**
 * The best documents of a pass, ranked by score then date or by date then score, both descending,
 * and on a tie by the lower document number: what Lucene's {@code TopFieldCollector} keeps for
 * these two sorts, here over the commit's date array and a bounded heap whose root is the worst
 * document kept. At 100x every entry has a hundred reprints of equal score, so most matches tie the
 * worst kept one and are told apart by their date.
 */
final class Top {
    private final boolean byDate;
    private final int[] docs;
    private final float[] scores;
    private final long[] dates;
    private int size;
    private int offered;

    /** @param byDate whether the date ranks first, the score breaking ties */
    Top(boolean byDate, int capacity) {
        this.byDate = byDate;
        this.docs = new int[capacity];
        this.scores = new float[capacity];
        this.dates = new long[capacity];
    }

    /** How many documents were offered. */
    int offered() {
        return offered;
    }

    /** Offers a document (commit-wide number); kept if it ranks among the best so far. */
    void offer(int doc, float score, long date) {
        offered++;
        if (size < docs.length) {
            set(size, doc, score, date);
            up(size++);
        } else if (size > 0 && compare(score, date, doc, 0) < 0) {
            set(0, doc, score, date);
            down(0);
        }
    }

    /** Offers every document that {@code other} keeps. */
    void addAll(Top other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.docs[i], other.scores[i], other.dates[i]);
        }
        offered += other.offered - other.size;
    }

    /** The documents kept, best first, with their sort values in the sort's order (score as a Float, date as a Long). */
    FieldDoc[] sorted() {
        FieldDoc[] out = new FieldDoc[size];
        // Taking the worst off the heap fills the list from its end.
        while (size > 0) {
            int doc = docs[0];
            float score = scores[0];
            long date = dates[0];
            size--;
            set(0, docs[size], scores[size], dates[size]);
            down(0);
            out[size] = new FieldDoc(doc, score, byDate ? new Object[] {date, score} : new Object[] {score, date});
        }
        return out;
    }

    /** Negative when (score, date, doc) ranks before the entry at {@code i}, positive when after. */
    private int compare(float score, long date, int doc, int i) {
        int c = byDate ? Long.compare(dates[i], date) : Float.compare(scores[i], score);
        if (c == 0) {
            c = byDate ? Float.compare(scores[i], score) : Long.compare(dates[i], date);
        }
        return c != 0 ? c : Integer.compare(doc, docs[i]);
    }

    /** Whether the entry at {@code i} ranks after the one at {@code j}. */
    private boolean worse(int i, int j) {
        return compare(scores[i], dates[i], docs[i], j) > 0;
    }

    private void up(int i) {
        while (i > 0 && worse(i, (i - 1) >>> 1)) {
            swap(i, (i - 1) >>> 1);
            i = (i - 1) >>> 1;
        }
    }

    private void down(int i) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                return;
            }
            if (child + 1 < size && worse(child + 1, child)) {
                child++;
            }
            if (!worse(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void set(int i, int doc, float score, long date) {
        docs[i] = doc;
        scores[i] = score;
        dates[i] = date;
    }

    private void swap(int i, int j) {
        int doc = docs[i];
        float score = scores[i];
        long date = dates[i];
        set(i, docs[j], scores[j], dates[j]);
        set(j, doc, score, date);
    }
}
