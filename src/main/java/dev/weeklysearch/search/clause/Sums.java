package dev.weeklysearch.search.clause;

import java.util.Arrays;
import java.util.function.IntPredicate;

/** Per-document sums and counts over a whole index, with the list of documents touched. */
final class Sums {
    final double[] score;
    final int[] count;
    final int[] touched;
    int size;

    Sums(int maxDoc) {
        score = new double[maxDoc];
        count = new int[maxDoc];
        touched = new int[maxDoc];
    }

    void add(int doc, float s, int times) {
        if (times == 0) {
            return;
        }
        if (count[doc] == 0) {
            touched[size++] = doc;
        }
        count[doc] += times;
        score[doc] += (double) s * times;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            score[touched[i]] = 0;
            count[touched[i]] = 0;
        }
        size = 0;
    }

    /** The touched documents that {@code match} accepts, in index order. */
    int[] matches(IntPredicate match) {
        int[] docs = new int[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (match.test(touched[i])) {
                docs[n++] = touched[i];
            }
        }
        // Collectors take each segment's documents in increasing order.
        Arrays.sort(docs, 0, n);
        return Arrays.copyOf(docs, n);
    }
}
