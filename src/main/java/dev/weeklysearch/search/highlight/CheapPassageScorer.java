package dev.weeklysearch.search.highlight;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 over a passage's matches like Lucene's {@link PassageScorer}, which allocates a hash table
 * of 32 KB per passage to find the distinct terms; a passage has a handful of matches, so a
 * quadratic scan over them costs less and allocates nothing. Stateless.
 */
final class CheapPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqs = passage.getMatchTermFreqsInDoc();
        int n = passage.getNumMatches();
        float score = 0;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int tf = 1;
            for (int j = i + 1; j < n; j++) {
                tf += terms[j].bytesEquals(terms[i]) ? 1 : 0;
            }
            score += weight(contentLength, freqs[i]) * tf(tf, passage.getLength());
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
