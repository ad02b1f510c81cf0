package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Typo queries made from an index, one per question, so that typo tolerance is measured over the
 * whole archive rather than over a few judged queries: a question's title with its project name
 * misspelt (and half the time typed against the Chinese after it, without a space), and each
 * asker's name misspelt. The edits are random but seeded, so every run makes the same queries:
 * a letter replaced, dropped, added or two swapped (never the first letter); one character of a
 * Chinese name, never the family name, replaced by another common in names.
 *
 * @param kind   {@code project} or {@code name}
 * @param edit   how it was misspelt
 * @param right  the query spelt right
 * @param typo   the same query misspelt
 * @param target the question's title (project) or the asker (name)
 */
record TypoQueries(String kind, String edit, String right, String typo, String target) {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** Characters common in given names, to replace one of a name's. */
    private static final String NAME_CHARACTERS = "伟华明军平刚杰涛斌超浩宇晨阳磊峰强飞鹏林静丽敏燕霞娟红芳婷雪琳欣颖慧佳嘉俊豪凯文博瑞天宁海波";
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z]{4,}");
    private static final Pattern CHINESE_NAME = Pattern.compile("\\p{IsHan}{3,4}");
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z][A-Za-z]{4,}");
    /** The words after the name, up to the first punctuation. */
    private static final Pattern TAIL = Pattern.compile("[^，。？?！!,、：:（(；;]{1,10}");

    static List<TypoQueries> of(IndexReader reader, long seed) throws IOException {
        Random random = new Random(seed);
        List<TypoQueries> out = new ArrayList<>();
        Set<String> askers = new LinkedHashSet<>();
        // In entry order, not document order: the indexing threads order documents differently on each
        // build, and the random edits must fall on the same entries every time.
        StoredFields stored = reader.storedFields();
        List<Document> questions = new ArrayList<>();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            Document d = stored.document(doc);
            if ("qa".equals(d.get(Schema.TYPE))) {
                questions.add(d);
            }
        }
        questions.sort(java.util.Comparator.comparing((Document d) -> d.get(Schema.ID)));
        for (Document d : questions) {
            String title = d.get(Schema.TITLE);
            String project = d.get(Schema.PROJECT);
            TypoQueries p = project == null ? null : project(title, project, random);
            if (p != null) {
                out.add(p);
            }
            String asker = d.get(Schema.ASKER);
            if (asker != null && askers.add(asker)) {
                TypoQueries n = name(asker, random);
                if (n != null) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** The project name as the title writes it, misspelt, with the words after it. */
    private static TypoQueries project(String title, String project, Random random) {
        Matcher name = Pattern.compile("(?i)(?<![A-Za-z])" + Pattern.quote(project) + "(?![A-Za-z])").matcher(title);
        if (!name.find() || !LATIN_NAME.matcher(name.group()).matches()) {
            return null;
        }
        Matcher tail = TAIL.matcher(title.substring(name.end()));
        String words = tail.lookingAt() ? tail.group().strip() : "";
        if (words.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() < 2) {
            return null;
        }
        String[] edit = misspell(name.group(), random);
        boolean glued = random.nextBoolean();
        String space = glued ? "" : " ";
        return new TypoQueries("project", edit[0] + (glued ? "-glued" : ""), name.group() + space + words,
                edit[1] + space + words, title);
    }

    private static TypoQueries name(String asker, Random random) {
        if (CHINESE_NAME.matcher(asker).matches()) {
            int i = 1 + random.nextInt(asker.length() - 1);
            char c;
            do {
                c = NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length()));
            } while (c == asker.charAt(i));
            return new TypoQueries("name", "zh" + asker.length(), asker,
                    asker.substring(0, i) + c + asker.substring(i + 1), asker);
        }
        if (HANDLE.matcher(asker).matches()) {
            String[] edit = misspell(asker, random);
            return new TypoQueries("name", "latin-" + edit[0], asker, edit[1], asker);
        }
        return null;
    }

    /** {what was done, the word misspelt}; the first letter is kept, as readers rarely miss it. */
    private static String[] misspell(String word, Random random) {
        String[] edits = {"replace", "drop", "add", "swap"};
        String edit = edits[random.nextInt(edits.length)];
        int i = 1 + random.nextInt(word.length() - 1);
        String typo = switch (edit) {
            case "replace" -> {
                char c;
                do {
                    c = LETTERS.charAt(random.nextInt(LETTERS.length()));
                } while (c == Character.toLowerCase(word.charAt(i)));
                yield word.substring(0, i) + c + word.substring(i + 1);
            }
            case "drop" -> word.substring(0, i) + word.substring(i + 1);
            case "add" -> word.substring(0, i) + LETTERS.charAt(random.nextInt(LETTERS.length())) + word.substring(i);
            default -> {
                int j = Math.min(i, word.length() - 2);
                yield word.substring(0, j) + word.charAt(j + 1) + word.charAt(j) + word.substring(j + 2);
            }
        };
        if (typo.equalsIgnoreCase(word)) {
            // Two equal letters swapped: drop one instead.
            return new String[] {"drop", word.substring(0, i) + word.substring(i + 1)};
        }
        return new String[] {edit, typo};
    }

    /** Per kind, how many typo queries counted and how many found their target as the right spelling did. */
    record Score(int counted, int found) {
        double rate() {
            return counted == 0 ? 0 : (double) found / counted;
        }
    }

    /**
     * Scores each query with {@code search} (the first ten hits of a query). A misspelt project name
     * finds the question at the rank the right spelling gives it or better; a query whose right
     * spelling misses the question in ten is not counted. A misspelt name has the asker's question
     * first; a name whose right spelling does not is not counted.
     */
    static java.util.Map<String, Score> score(List<TypoQueries> queries, Function<String, List<Hit>> search) {
        java.util.Map<String, Score> out = new java.util.TreeMap<>();
        for (TypoQueries q : queries) {
            int right = q.rank(search.apply(q.right()));
            if (right > 10) {
                continue;
            }
            int typo = q.rank(search.apply(q.typo()));
            boolean found = q.kind().equals("name") ? typo == 1 : typo <= right;
            if (!found) {
                System.out.printf(java.util.Locale.ROOT, "typo-missed: %s %s '%s' at %d, '%s' at %s%n", q.kind(), q.edit(),
                        q.right(), right, q.typo(), typo > 10 ? "-" : Integer.toString(typo));
            }
            out.merge(q.kind(), new Score(1, found ? 1 : 0), (a, b) -> new Score(a.counted + b.counted, a.found + b.found));
        }
        return out;
    }

    /** The rank of the target in {@code hits}: 11 when absent, and for a name, when not first. */
    private int rank(List<Hit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (kind.equals("name") ? h.asker().equalsIgnoreCase(target) : h.title().equals(target)) {
                return kind.equals("name") && i > 0 ? 11 : i + 1;
            }
        }
        return 11;
    }
}
