package dev.weeklysearch.index;

import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two sets of extractions field by field (everything but the post's location, which is a
 * file path on one side and a URL on the other) and describes the first differences readably.
 */
final class EntryDiff {

    private static final int CONTEXT = 70;

    private EntryDiff() {
    }

    /** One line per differing post or entry; empty when both sides are equal. */
    static List<String> differences(Map<String, Extraction> expected, Map<String, Extraction> actual) {
        List<String> out = new ArrayList<>();
        TreeSet<String> slugs = new TreeSet<>(expected.keySet());
        slugs.addAll(actual.keySet());
        for (String slug : slugs) {
            Extraction e = expected.get(slug);
            Extraction a = actual.get(slug);
            if (e == null || a == null) {
                out.add(slug + ": only in " + (e == null ? "the crawl" : "the folder"));
                continue;
            }
            diff(slug + " post", post(e.post()), post(a.post()), out);
            int n = Math.max(e.entries().size(), a.entries().size());
            for (int i = 0; i < n; i++) {
                String want = i < e.entries().size() ? entry(e.entries().get(i)) : "(none)";
                String got = i < a.entries().size() ? entry(a.entries().get(i)) : "(none)";
                diff(slug + " entry " + (i + 1) + "/" + e.entries().size() + " vs " + a.entries().size(), want, got, out);
            }
        }
        return out;
    }

    /** The first {@code limit} differences, each with context around the first differing character. */
    static String report(List<String> differences, int limit) {
        StringBuilder sb = new StringBuilder(differences.size() + " differences");
        differences.stream().limit(limit).forEach(d -> sb.append("\n  ").append(d));
        return sb.toString();
    }

    static int entryCount(Map<String, Extraction> extractions) {
        return extractions.values().stream().mapToInt(x -> x.entries().size()).sum();
    }

    private static String post(Post p) {
        return "slug=" + p.slug() + " | title=" + p.title() + " | date=" + p.date() + " | url=" + p.url();
    }

    private static String entry(Entry e) {
        return String.join(" | ", "id=" + e.id(), "kind=" + e.type(), "section=" + e.section(), "anchor=" + e.anchor(),
                "title=" + e.title(), "text=" + e.text(), "asker=" + e.asker(), "question=" + e.question(),
                "answer=" + e.answer(), "rounds=" + e.rounds(), "issue=" + e.issue(), "project=" + e.project(),
                "versions=" + e.versions(), "changes=" + e.changes(), "links=" + e.links());
    }

    private static void diff(String what, String want, String got, List<String> out) {
        if (want.equals(got)) {
            return;
        }
        int at = 0;
        while (at < want.length() && at < got.length() && want.charAt(at) == got.charAt(at)) {
            at++;
        }
        out.add(what + " differs at char " + at + "\n      folder: …" + around(want, at) + "…\n      crawl:  …"
                + around(got, at) + "…");
    }

    private static String around(String s, int at) {
        return s.substring(Math.max(0, at - CONTEXT), Math.min(s.length(), at + CONTEXT)).replace("\n", "⏎");
    }
}
