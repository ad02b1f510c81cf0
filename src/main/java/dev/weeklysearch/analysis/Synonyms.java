package dev.weeklysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The site owner's groups of equivalent terms ({@code synonyms:} in weekly-search.yml), found in a
 * visitor's text. Lucene's {@link SynonymGraphFilter} does the finding: each form of a group is
 * analysed into tokens (a Han character each, Latin words folded and lower-cased), and the filter
 * marks, longest match first, where a form occurs in the text, also inside a run of Chinese
 * ("线程池怎么配" holds 线程池). What the query then asks for is the caller's business: the
 * query side builds each other form through the same analysis as any typed word, so the forms
 * match with equal standing and no reindex is needed. Immutable and thread-safe.
 */
public final class Synonyms {
    /** No groups: {@link #find} returns at once, without analysing anything. */
    public static final Synonyms NONE = new Synonyms(List.of(), null);
    private static final String TAG = "g";

    /** Where a form of group {@code group} occurs: chars {@code [start, end)} of the text. */
    public record Match(int start, int end, int group) {
    }

    private final List<List<String>> groups;
    private final SynonymMap map;
    private final Analyzer chain;

    private Synonyms(List<List<String>> groups, SynonymMap map) {
        this.groups = groups;
        this.map = map;
        // The filter inside the chain: the analyzer keeps one per thread, so a query builds none.
        this.chain = map == null ? null : chain(map);
    }

    /** Han characters one by one, Latin words folded and lower-cased; with {@code map}, its forms marked. */
    private static Analyzer chain(SynonymMap map) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream folded = new FoldFilter(source);
                return new TokenStreamComponents(source, map == null ? folded : new SynonymGraphFilter(folded, map, true));
            }
        };
    }

    /**
     * @param groups each a list of two or more equivalent terms, e.g. {@code ["线程池", "thread pool"]}
     * @throws IllegalArgumentException naming a term that holds nothing to search (punctuation only)
     */
    public static Synonyms of(List<List<String>> groups) {
        List<List<String>> kept = groups.stream().map(g -> g.stream().map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList()).filter(g -> g.size() >= 2).toList();
        if (kept.isEmpty()) {
            return NONE;
        }
        Analyzer forms = chain(null);
        try {
            // A Parser for its analyze(): the forms are read from the config, not from a rules file.
            SynonymMap.Parser b = new SynonymMap.Parser(true, forms) {
                @Override
                public void parse(Reader in) {
                    throw new UnsupportedOperationException("the forms come from the config");
                }
            };
            for (int g = 0; g < kept.size(); g++) {
                for (String term : kept.get(g)) {
                    CharsRef form;
                    try {
                        form = b.analyze(term, new CharsRefBuilder());
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("synonym '" + term + "' holds no word to search", e);
                    }
                    // The output only names the group: the caller expands with the owner's own terms.
                    b.add(form, new CharsRef(TAG + g), true);
                }
            }
            return new Synonyms(List.copyOf(kept), b.build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the synonym map", e);
        }
    }

    public boolean isEmpty() {
        return map == null;
    }

    /** The terms of group {@code group}, as the owner wrote them. */
    public List<String> group(int group) {
        return groups.get(group);
    }

    /** Where the text holds a form of a group, in text order; longest match first where two overlap. */
    public List<Match> find(String text) {
        if (map == null) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        try (TokenStream ts = chain.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
                    out.add(new Match(offsets.startOffset(), offsets.endOffset(),
                            Integer.parseInt(term.subSequence(TAG.length(), term.length()).toString())));
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse query text for synonyms", e);
        }
        return out;
    }

    @Override
    public String toString() {
        return "Synonyms" + groups;
    }
}
