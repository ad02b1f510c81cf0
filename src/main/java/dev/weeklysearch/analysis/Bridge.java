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
 * merged, is packed into the keys' bytes and one string of headwords, with the offsets of each: 19.1 MB of heap
 * retained, where an array of strings for the keys and one for the headwords held 34.2 MB (a fresh JVM loading
 * the table, heap after full GCs with and without it held, alternated; the CC-CEDICT table alone, as strings,
 * 7.6 MB). Loading takes 0.6-0.9 s in a fresh JVM on the loaded 2-core machine, 0.35-0.45 s once warm. A lookup
 * is a binary search over the key bytes and allocates the key and the headwords it returns. Immutable
 * and thread-safe.
 */
public final class Bridge {
    /** The longest key, in words. */
    public static final int MAX_WORDS = 3;
    /** An empty dictionary: finds nothing. */
    public static final Bridge NONE = new Bridge(List.of(), List.of());
    private static final String RESOURCE = "/dev/weeklysearch/analysis/en-zh.tsv.gz";
    /** Lower-case words, none ending in s, one space apart: already a key. */
    private static final Pattern PLAIN = Pattern.compile("[a-z]*[a-rt-z](?: [a-z]*[a-rt-z])*");

    /** The keys' bytes (ASCII), in order, key {@code i} at {@code [keyStart[i], keyStart[i + 1])}. */
    private final byte[] keyBytes;
    private final int[] keyStart;
    /** Each key's headwords, one space apart, likewise at {@code headStart}: one string (UTF-16, 2 bytes a character against UTF-8's 3). */
    private final String headText;
    private final int[] headStart;
    /** Keeps one token stream per thread, so a lookup builds none. */
    private final Analyzer norm = normaliser();

    /** Packed: a string per key and per headword list held 34 MB of heap for the shipped table (see the class). */
    private Bridge(List<String> keys, List<String> headwords) {
        this.keyStart = new int[keys.size() + 1];
        this.keyBytes = pack(keys, keyStart);
        this.headStart = new int[headwords.size() + 1];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < headwords.size(); i++) {
            headStart[i] = text.length();
            text.append(headwords.get(i));
        }
        headStart[headwords.size()] = text.length();
        this.headText = text.toString();
    }

    private static byte[] pack(List<String> strings, int[] start) {
        List<byte[]> encoded = new ArrayList<>(strings.size());
        int total = 0;
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            encoded.add(b);
            total += b.length;
        }
        byte[] out = new byte[total];
        int at = 0;
        for (int i = 0; i < encoded.size(); i++) {
            start[i] = at;
            System.arraycopy(encoded.get(i), 0, out, at, encoded.get(i).length);
            at += encoded.get(i).length;
        }
        start[encoded.size()] = at;
        return out;
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
        return new Bridge(keys, heads);
    }

    /** The Chinese headwords for the English {@code words} (typed as the visitor typed them), best first; none when unknown. */
    public List<String> chinese(List<String> words) {
        if (size() == 0 || words.isEmpty() || words.size() > MAX_WORDS) {
            return List.of();
        }
        String key = key(norm, String.join(" ", words));
        int at = key == null ? -1 : find(key.getBytes(StandardCharsets.UTF_8));
        return at < 0 ? List.of()
                : List.of(headText.substring(headStart[at], headStart[at + 1]).split(" "));
    }

    /** The index of {@code key} among the keys, or -1. Unsigned byte order is the keys' (ASCII) string order. */
    private int find(byte[] key) {
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Arrays.compareUnsigned(keyBytes, keyStart[mid], keyStart[mid + 1], key, 0, key.length);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    public int size() {
        return keyStart.length - 1;
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
