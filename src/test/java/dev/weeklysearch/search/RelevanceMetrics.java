package dev.weeklysearch.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Scores ranked search results against the judged queries of {@code relevance/queries.tsv}.
 * Plain Java on purpose: the suite was written before ranking was tuned and must not depend on
 * the code it judges.
 */
public final class RelevanceMetrics {

    /** Classpath location of the judged query table. */
    public static final String QUERIES_RESOURCE = "/relevance/queries.tsv";
    /** Cut-off of every metric. */
    public static final int K = 10;

    static final String HEADER = "query\trelevant\tnote";
    private static final String ITEM_SEPARATOR = " | ";
    // U+00A0 and U+3000 occur in the posts; with this flag \s matches them too.
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private RelevanceMetrics() {
    }

    /** One entry a query must find: the post it sits in, its type and a short text only it contains. */
    public record Judgement(String slug, String type, String substring) {

        static Judgement parse(String item) {
            String[] parts = item.split("#", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                throw new IllegalArgumentException("expected slug#type#substring, got '" + item + "'");
            }
            return new Judgement(parts[0].strip(), parts[1].strip().toLowerCase(Locale.ROOT), parts[2]);
        }
    }

    /** A visitor's query and the entries it must find. */
    public record Query(String text, List<Judgement> relevant, String note) {

        public Query {
            relevant = List.copyOf(relevant);
        }

        /** The note's first word (before any ';'): the shape of query it tests, such as qa-zh, para, typo, en. */
        public String group() {
            String g = note.split(";", 2)[0].strip();
            return g.isEmpty() ? "other" : g;
        }
    }

    /**
     * One ranked hit. {@code alsoIn} names the other posts holding the same entry when the engine
     * collapsed reprints into one hit.
     */
    public record Returned(String slug, String type, String text, List<String> alsoIn) {

        public Returned {
            alsoIn = List.copyOf(alsoIn);
        }

        public boolean matches(Judgement judgement) {
            return type.equalsIgnoreCase(judgement.type())
                    && (slug.equals(judgement.slug()) || alsoIn.contains(judgement.slug()))
                    && normalise(text).contains(normalise(judgement.substring()));
        }
    }

    /**
     * How one query fared.
     *
     * @param firstRelevantRank 1-based rank of the first relevant hit within the top {@link #K}, 0 when none
     * @param missed            judgements no top-{@link #K} hit matched
     */
    public record QueryResult(Query query, int firstRelevantRank, int found, List<Judgement> missed) {

        public QueryResult {
            missed = List.copyOf(missed);
        }

        public double reciprocalRank() {
            return firstRelevantRank == 0 ? 0.0 : 1.0 / firstRelevantRank;
        }

        public double recall() {
            int judged = query.relevant().size();
            return judged == 0 ? 0.0 : (double) found / judged;
        }

        public boolean success() {
            return firstRelevantRank == 1;
        }
    }

    /** Means over all queries plus the per-query breakdown. */
    public record Report(double mrr, double recall, double successAt1, List<QueryResult> perQuery) {

        public Report {
            perQuery = List.copyOf(perQuery);
        }

        /** A table for a test log: one line per query, worst first, then the means. */
        public String format() {
            StringBuilder out = new StringBuilder();
            perQuery.stream()
                    .sorted((a, b) -> Double.compare(a.reciprocalRank() + a.recall(), b.reciprocalRank() + b.recall()))
                    .forEach(r -> out.append(String.format(Locale.ROOT, "rank %2s  recall %d/%d  %s%s%n",
                            r.firstRelevantRank() == 0 ? "-" : Integer.toString(r.firstRelevantRank()),
                            r.found(), r.query().relevant().size(), r.query().text(),
                            r.missed().isEmpty() ? "" : "  missed: " + describe(r.missed()))));
            out.append(String.format(Locale.ROOT, "MRR@%d %.3f  Recall@%d %.3f  Success@1 %.3f  (%d queries)%n",
                    K, mrr, K, recall, successAt1, perQuery.size()));
            return out.toString();
        }

        /** The means of each query group (see {@link Query#group()}), groups in order of first appearance. */
        public Map<String, Report> byGroup() {
            Map<String, List<QueryResult>> groups = new LinkedHashMap<>();
            perQuery.forEach(r -> groups.computeIfAbsent(r.query().group(), g -> new ArrayList<>()).add(r));
            Map<String, Report> out = new LinkedHashMap<>();
            groups.forEach((g, rs) -> out.put(g, summarise(rs)));
            return out;
        }

        private static String describe(List<Judgement> judgements) {
            return String.join(", ", judgements.stream()
                    .map(j -> j.slug() + "#" + j.type() + "#" + j.substring())
                    .toList());
        }
    }

    /** Reads the judged query table; fails on a malformed line, naming it. */
    public static List<Query> load(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(tsv + ": expected header '" + HEADER + "'");
        }
        List<Query> queries = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                queries.add(parseLine(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return queries;
    }

    private static Query parseLine(String line) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols[1].isBlank()) {
            throw new IllegalArgumentException("expected query<TAB>relevant<TAB>note");
        }
        List<Judgement> relevant = new ArrayList<>();
        for (String item : cols[1].split(Pattern.quote(ITEM_SEPARATOR), -1)) {
            relevant.add(Judgement.parse(item));
        }
        return new Query(cols[0].strip(), relevant, cols.length == 3 ? cols[2].strip() : "");
    }

    /** Scores one ranking; hits below rank {@link #K} are ignored. */
    public static QueryResult score(Query query, List<Returned> ranking) {
        List<Returned> top = ranking.subList(0, Math.min(K, ranking.size()));
        int first = 0;
        for (int i = 0; i < top.size() && first == 0; i++) {
            Returned hit = top.get(i);
            if (query.relevant().stream().anyMatch(hit::matches)) {
                first = i + 1;
            }
        }
        List<Judgement> missed = query.relevant().stream()
                .filter(j -> top.stream().noneMatch(hit -> hit.matches(j)))
                .toList();
        return new QueryResult(query, first, query.relevant().size() - missed.size(), missed);
    }

    /** Runs every query through {@code search} and averages the scores. */
    public static Report evaluate(List<Query> queries, Function<Query, List<Returned>> search) {
        List<QueryResult> results = queries.stream().map(q -> score(q, search.apply(q))).toList();
        return summarise(results);
    }

    /** Averages already scored queries. */
    public static Report summarise(List<QueryResult> results) {
        if (results.isEmpty()) {
            return new Report(0.0, 0.0, 0.0, results);
        }
        double n = results.size();
        return new Report(
                results.stream().mapToDouble(QueryResult::reciprocalRank).sum() / n,
                results.stream().mapToDouble(QueryResult::recall).sum() / n,
                results.stream().filter(QueryResult::success).count() / n,
                results);
    }

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
