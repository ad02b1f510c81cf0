package dev.weeklysearch.search.rank;

import dev.weeklysearch.analysis.Chars;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.Hit;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.clause.ClauseScores;
import dev.weeklysearch.search.clause.Workspaces;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.facet.FacetCounts;
import dev.weeklysearch.search.query.CompiledQuery;
import dev.weeklysearch.search.query.QueryFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.FixedBitSet;

/**
 * Ranking without a cliff: entries with every word first, then those with most of them, and this
 * lexical ranking fused with the semantic one (the query's nearest entry vectors) by reciprocal
 * rank fusion. The request's filters narrow both sides; a date sort orders the fused candidates.
 */
public final class Hybrid {
    /** Reciprocal rank fusion's k: 1 / (k + rank) per side. */
    static final int RRF_K = 60;
    /**
     * Weight of an entry with every word in the lexical list (the others weigh 1, as does the
     * semantic side). Measured on the 155 judged queries: 2 lifted MRR@10 from 0.838 to 0.870;
     * a lower semantic weight, another k or BGE's query instruction did no better.
     */
    static final double STRICT_WEIGHT = 2.0;
    /**
     * Weight of the semantic list. Measured on the 155 judged queries (bench/relevance.sh, one run
     * each): fusing every query at weight 1 lowered MRR@10 from the word ranking's 0.892 to 0.870;
     * weight 0.5 on the queries below alone gave 0.893 (Recall@10 0.958 either way).
     */
    static final double SEMANTIC_WEIGHT = 0.5;
    /**
     * Queries that carry a meaning to embed: at least this many Chinese characters, or this many
     * Latin words. A name, a version or one word is answered better by the words alone (on the
     * judged set the short and English-only groups lost 0.08 to 0.12 MRR when fused). Other shapes,
     * measured on both judged sets with exact neighbours (issue 23; tuned set 0.895, unseen 0.478
     * MRR@10 before): fusing 2 or 3 Chinese characters with a Latin word lowered the tuned set's
     * short group from 0.873 to 0.812 and changed nothing unseen; two Latin words lowered its en
     * group from 0.848 to 0.793 for +0.014 on unseen typo2; a query naming an event (an intent
     * word, {@code search/intents.tsv}) changed nothing; every other query fused at weight 0.25 or
     * 0.1 lowered short to 0.803. None of them is fused. Nor is an English question the bridge read in
     * Chinese ({@code CompiledQuery.translated}, no Chinese typed): fused, the unseen set's en2zh group
     * scored 0.376 / 0.778 / 0.167 against 0.556 / 0.778 / 0.417 by its words (MRR@10 / Recall@10 /
     * Success@1); unfused, the unseen set went 0.650 / 0.811 / 0.550 → 0.686 / 0.811 / 0.600, the tuned
     * set unchanged (0.913 / 0.971 / 0.865).
     * Neighbours only among the entries of a project the query names: unseen 0.678 → 0.703, unseen2 0.572 →
     * 0.583, but tuned 0.915 → 0.909 and the reader's-mix set unseen3 0.844 → 0.838 (MRR@10); left off.
     */
    private static final int MIN_HAN = 4;
    private static final int MIN_LATIN_WORDS = 3;
    private static final java.util.regex.Pattern LATIN_BREAK = java.util.regex.Pattern.compile("[^A-Za-z0-9.]+");

    /**
     * @param ranked   fused candidates, best first (or newest first), each with its fused score
     * @param sides    which side found each document ({@link Hit#LEXICAL}, …)
     * @param total    see {@code SearchResult#total()}
     * @param relaxed  no entry had every word
     * @param semantic semantic retrieval is on (the index has vectors of our model); a short query is still
     *                 ranked by its words alone, see {@link #carriesMeaning}
     */
    public record Answer(ScoreDoc[] ranked, Map<Integer, String> sides, long total, boolean relaxed,
            FacetCounts.Result facets, boolean semantic) {
    }

    private Hybrid() {
    }

    /**
     * The word side's passes read clause scores computed once ({@link ClauseScores}); the request's
     * own filters apply inside the passes ({@link FacetCounts}), so that each facet can count past
     * its own filter.
     *
     * @param vector the query's vector, computed when first asked for, when the semantic ranking is on; null when it
     *               is off
     */
    public static Answer run(Commit searcher, Workspaces workspaces, CompiledQuery q, SearchRequest request, int window,
            Supplier<float[]> vector) throws IOException {
        boolean semantic = vector != null;
        boolean byDate = request.sort() == SearchRequest.Sort.DATE;
        // Under a date sort each pass keeps its newest matches, not its best ones: the newest
        // entry must lead however low it ranks.
        Sort relevance = byDate
                ? new Sort(new SortField(Schema.DATE, SortField.Type.LONG, true), SortField.FIELD_SCORE)
                : new Sort(SortField.FIELD_SCORE, new SortField(Schema.DATE, SortField.Type.LONG, true));
        FacetCounts.Result strict;
        FacetCounts.Result lexical;
        List<ScoreDoc> words;
        // Under a date sort or a filter the window is not the best scores of all matches: every score is exact.
        boolean pruned = !byDate && !request.filtered();
        try (ClauseScores scores = ClauseScores.score(searcher, q, workspaces, pruned ? window : 0)) {
            FixedBitSet entries = searcher.entries();
            strict = WordPass.run(searcher, scores.strictMatches(entries), scores::strictScore, request, window,
                    relevance);
            lexical = strict;
            words = new ArrayList<>(List.of(strict.top().scoreDocs));
            if (q.canRelax() && q.severalWords()) {
                // When the strict matches fill the window alone, the most-words pass only counts.
                FacetCounts.Result loose = WordPass.run(searcher, scores.wordMatches(entries, q.looseMinimum()),
                        scores::wordsScore, request, scores.wordsRanked() ? window : 0, relevance);
                if (loose.distinct() == 0) {
                    // No entry has most of the words: any one of them will do, rather than nothing.
                    ClauseScores any = scores.everywhere();
                    loose = WordPass.run(searcher, any.wordMatches(entries, 1), any::wordsScore, request, window,
                            relevance);
                }
                Set<Integer> seen = new HashSet<>();
                words.forEach(sd -> seen.add(sd.doc));
                for (ScoreDoc sd : loose.top().scoreDocs) {
                    if (words.size() < window && seen.add(sd.doc)) {
                        words.add(sd);
                    }
                }
                lexical = loose.distinct() >= strict.distinct() ? loose : strict;
            }
        }
        boolean relaxed = strict.distinct() == 0 && lexical.distinct() > 0;
        Map<Integer, Double> fused = new LinkedHashMap<>();
        Map<Integer, String> sides = new LinkedHashMap<>();
        int strictCount = strict.top().scoreDocs.length;
        for (int i = 0; i < words.size(); i++) {
            fused.merge(words.get(i).doc, (i < strictCount ? STRICT_WEIGHT : 1.0) / (RRF_K + i + 1), Double::sum);
            sides.put(words.get(i).doc, Hit.LEXICAL);
        }
        long semanticOnly = 0;
        // An English question the bridge read in Chinese: the words reach the Chinese answer, while the
        // model, which reads English poorly, would rank English-worded entries above it.
        boolean fuse = semantic && q.canRelax() && carriesMeaning(q.meaning()) && !(q.translated() && han(q.meaning()) == 0);
        TopDocs near = null;
        if (fuse) {
            near = Nearest.search(searcher, vector.get(), window,
                    semanticFilter(QueryFactory.filter(request), q.excluded(), q.days()));
            int[] ranks = Nearest.ranks(near.scoreDocs);
            for (int i = 0; i < near.scoreDocs.length; i++) {
                int doc = near.scoreDocs[i].doc;
                fused.merge(doc, SEMANTIC_WEIGHT / (RRF_K + ranks[i]), Double::sum);
                if (sides.put(doc, Hit.BOTH) == null) {
                    sides.put(doc, Hit.SEMANTIC);
                    semanticOnly++;
                }
            }
        }
        List<ScoreDoc> ranked = new ArrayList<>(fused.size());
        if (byDate) {
            // Ranks of date-sorted lists say nothing of relevance: each entry keeps its own score
            // (its word-match score, or for one found only by meaning its vector similarity).
            Map<Integer, Float> own = new LinkedHashMap<>();
            words.forEach(sd -> own.putIfAbsent(sd.doc, sd.score));
            if (near != null) {
                for (ScoreDoc sd : near.scoreDocs) {
                    own.putIfAbsent(sd.doc, sd.score);
                }
            }
            own.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score)));
            byDate(searcher, ranked);
        } else {
            fused.forEach((doc, score) -> ranked.add(new ScoreDoc(doc, score.floatValue())));
            // Stable: at equal fused scores the lexical order (insertion order) stands.
            ranked.sort(Comparator.comparingDouble((ScoreDoc sd) -> sd.score).reversed());
        }
        List<ScoreDoc> top = ranked.subList(0, Math.min(window, ranked.size()));
        return new Answer(top.toArray(ScoreDoc[]::new), sides, lexical.distinct() + semanticOnly, relaxed,
                lexical, semantic && q.canRelax());
    }

    private static long han(String text) {
        return text.codePoints().filter(Chars::isHan).count();
    }

    public static boolean carriesMeaning(String text) {
        return han(text) >= MIN_HAN || LATIN_BREAK.splitAsStream(text).filter(w -> !w.isBlank()).count() >= MIN_LATIN_WORDS;
    }

    /** The request's filters, the visitor's exclusions ({@code -word}) and the days they asked for too. */
    private static Query semanticFilter(Query filter, Query excluded, Query days) {
        if (excluded == null && days == null) {
            return filter;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(filter, Occur.FILTER);
        if (excluded != null) {
            b.add(excluded, Occur.MUST_NOT);
        }
        // A day the visitor named (QueryDates): the meaning's neighbours are taken among that day's entries.
        return days == null ? b.build() : b.add(days, Occur.FILTER).build();
    }

    /** Newest first, stable: the word order (then the semantic one) decides among entries of one date. */
    private static void byDate(IndexSearcher searcher, List<ScoreDoc> docs) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Long> dates = new LinkedHashMap<>();
        for (ScoreDoc sd : docs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            NumericDocValues dv = DocValues.getNumeric(leaf.reader(), Schema.DATE);
            dates.put(sd.doc, dv.advanceExact(sd.doc - leaf.docBase) ? dv.longValue() : Long.MIN_VALUE);
        }
        docs.sort(Comparator.comparingLong((ScoreDoc sd) -> dates.get(sd.doc)).reversed());
    }
}
