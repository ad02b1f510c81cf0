package dev.weeklysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English words and the Chinese words that say them, from general dictionaries: {@code en-zh.tsv.gz}, derived
 * from CC-CEDICT (CC BY-SA 4.0) and ECDICT (MIT), see NOTICE, by {@code tools/ecdict/build.sh}. A key is one to
 * {@value #MAX_WORDS} English words ("deadlock", "circuit breaker"); its headwords come best first, in the
 * generator's order. Keys and looked-up words are lower-cased and their plurals reduced
 * ({@link EnglishMinimalStemFilter}: "leaks" finds "leak").
 *
 * <p>Loaded once by its owner, not held statically. Memory: the shipped table, 206,939 keys once plurals are
 * merged, is two sorted arrays of strings (keys, and the space-separated headwords): 24.8 MB of heap retained
 * (measured after GC; 7.4 MB for the CC-CEDICT table alone). Loading takes 1.0-1.4 s in a fresh JVM on the
 * loaded 2-core machine, 0.3-0.6 s once warm. A lookup is a binary search and allocates only the key. Immutable
 * and thread-safe.
 */
public final class Bridge {
    /** The longest key, in words. */
    public static final int MAX_WORDS = 3;
    /** An empty dictionary: finds nothing. */
    public static final Bridge NONE = new Bridge(new String[0], new String[0]);
    private static final String RESOURCE = "/dev/weeklysearch/analysis/en-zh.tsv.gz";
    /** Lower-case words, none ending in s, one space apart: already a key. */
    private static final Pattern PLAIN = Pattern.compile("[a-z]*[a-rt-z](?: [a-z]*[a-rt-z])*");

    private final String[] keys;
    private final String[] headwords;
    /** Keeps one token stream per thread, so a lookup builds none. */
    private final Analyzer norm = normaliser();

    private Bridge(String[] keys, String[] headwords) {
        this.keys = keys;
        this.headwords = headwords;
    }

    /** The shipped dictionary; an unreadable resource is a packaging error, thrown unchecked. */
    public static Bridge load() {
        try (InputStream raw = Bridge.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IOException("not found on the classpath");
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            return parse(in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * A dictionary of table lines, {@code key<TAB>headword headword ...}; {@code #} lines and blank ones are
     * skipped, and so are lines without a tab or headword, or with a key of more than {@value #MAX_WORDS} words.
     * Keys equal after normalising keep the first line's headwords first.
     */
    static Bridge parse(List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        try (Analyzer norm = normaliser()) {
            for (String line : lines) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String key = key(norm, line.substring(0, tab));
                String heads = line.substring(tab + 1).strip();
                if (heads.contains("  ") || heads.indexOf('\t') >= 0) {
                    // The generator writes one space between headwords; a regex split on every line took 100+ ms.
                    heads = String.join(" ", heads.split("\\s+"));
                }
                if (key != null && !heads.isEmpty() && key.split(" ").length <= MAX_WORDS) {
                    rows.add(new String[] {key, heads});
                }
            }
        }
        // Stable: of two lines that become one key, the earlier one's headwords come first.
        rows.sort((a, b) -> a[0].compareTo(b[0]));
        List<String> keys = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (String[] r : rows) {
            int last = keys.size() - 1;
            if (last >= 0 && keys.get(last).equals(r[0])) {
                heads.set(last, heads.get(last) + " " + r[1]);
            } else {
                keys.add(r[0]);
                heads.add(r[1]);
            }
        }
        return new Bridge(keys.toArray(String[]::new), heads.toArray(String[]::new));
    }

    /** The Chinese headwords for the English {@code words} (typed as the visitor typed them), best first; none when unknown. */
    public List<String> chinese(List<String> words) {
        if (keys.length == 0 || words.isEmpty() || words.size() > MAX_WORDS) {
            return List.of();
        }
        String key = key(norm, String.join(" ", words));
        int at = key == null ? -1 : Arrays.binarySearch(keys, key);
        return at < 0 ? List.of() : List.of(headwords[at].split(" "));
    }

    public int size() {
        return keys.length;
    }

    /** Lower-cased, plurals reduced, words joined by one space; null when nothing is left. */
    private static String key(Analyzer norm, String text) {
        if (PLAIN.matcher(text).matches()) {
            // Nothing for the filters to change (lower case, no word ending in s): most of the table's keys.
            return text;
        }
        StringBuilder out = new StringBuilder();
        try (TokenStream ts = norm.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.append(out.isEmpty() ? "" : " ").append(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot normalise '" + text + "'", e);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static Analyzer normaliser() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                WhitespaceTokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, new EnglishMinimalStemFilter(new LowerCaseFilter(source)));
            }
        };
    }
}
