package dev.weeklysearch.search;

import dev.weeklysearch.index.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Completions for search-as-you-type: project names first, then frequent title words. */
final class Suggestions {
    private static final int MAX_SCAN = 5000;

    private Suggestions() {
    }

    static List<String> of(IndexReader reader, String prefix, int max) throws IOException {
        String p = prefix.strip().toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (p.isEmpty()) {
            return List.of();
        }
        for (String project : terms(reader, Schema.PROJECT, "", MAX_SCAN)) {
            String lower = project.toLowerCase(Locale.ROOT);
            if (lower.startsWith(p) || (lower.startsWith("sofa") && lower.substring(4).startsWith(p))) {
                out.add(project);
            }
        }
        record Freq(String term, int df) {
        }
        List<Freq> words = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Schema.TITLE);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            if (te.seekCeil(new BytesRef(p)) != TermsEnum.SeekStatus.END) {
                int scanned = 0;
                do {
                    String t = te.term().utf8ToString();
                    if (!t.startsWith(p) || scanned++ > MAX_SCAN) {
                        break;
                    }
                    if (t.length() > p.length() || scanned == 1) {
                        words.add(new Freq(t, te.docFreq()));
                    }
                } while (te.next() != null);
            }
        }
        words.sort(Comparator.comparingInt(Freq::df).reversed());
        for (Freq f : words) {
            if (out.stream().noneMatch(o -> o.equalsIgnoreCase(f.term()))) {
                out.add(f.term());
            }
        }
        return out.stream().limit(max).toList();
    }

    private static List<String> terms(IndexReader reader, String field, String prefix, int max) throws IOException {
        List<String> list = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return list;
        }
        TermsEnum te = terms.iterator();
        BytesRef t;
        while ((t = te.next()) != null && list.size() < max) {
            String s = t.utf8ToString();
            if (s.startsWith(prefix)) {
                list.add(s);
            }
        }
        return list;
    }
}
