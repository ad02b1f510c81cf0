package dev.weeklysearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Project names mentioned in prose. Latin runs (letters, digits, hyphens, underscores) are looked up whole, joined
 * with up to two following runs when only spaces separate them ("SOFA RPC", "Layotto Java SDK"), or by their hyphen
 * parts ("jraft-example", "SOFAJRaft-RheaKV"): longest match first.
 */
final class ProjectMentions {
    /** Links and bare domains: a project named only by a URL ({@code github.com/sofastack/sofa-jraft}) is no mention. */
    private static final Pattern URL = Pattern.compile(
            "(?i)(?:[a-z][a-z0-9+.-]*:/+|www\\.)\\S*|[\\w.-]+\\.(?:com|cn|io|org|net|tech|dev)(?![\\w-])\\S*");
    private static final int MAX_JOINED_RUNS = 3;
    private static final int MAX_SPACES = 3;

    private ProjectMentions() {
    }

    /** The canonical names of the projects {@code text} mentions, one per mention, in order. */
    static List<String> in(String text, Map<String, Projects.Project> names) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String folded = fold(URL.matcher(text).replaceAll(" "));
        List<int[]> runs = runs(folded);
        for (int i = 0; i < runs.size(); i++) {
            int used = joined(folded, runs, i, names, out);
            if (used > 0) {
                i += used - 1;
            } else {
                parts(folded.substring(runs.get(i)[0], runs.get(i)[1]), names, out);
            }
        }
        return out;
    }

    /** Tries runs i.. joined by spaces, longest first (at least two runs); returns how many were used, 0 for none. */
    private static int joined(String text, List<int[]> runs, int i, Map<String, Projects.Project> names, List<String> out) {
        int last = i;
        while (last + 1 < runs.size() && last + 1 - i < MAX_JOINED_RUNS && spacesOnly(text, runs.get(last)[1], runs.get(last + 1)[0])) {
            last++;
        }
        for (int end = last; end > i; end--) {
            Projects.Project p = names.get(Projects.compact(text.substring(runs.get(i)[0], runs.get(end)[1])));
            if (p != null) {
                out.add(p.name());
                return end - i + 1;
            }
        }
        return 0;
    }

    /** A run's hyphen/underscore parts, greedily the longest known span from each part on. */
    private static void parts(String run, Map<String, Projects.Project> names, List<String> out) {
        String[] parts = run.split("[-_]+");
        int start = 0;
        while (start < parts.length) {
            int matched = 0;
            for (int end = parts.length; end > start && matched == 0; end--) {
                Projects.Project p = names.get(Projects.compact(String.join("", List.of(parts).subList(start, end))));
                if (p != null) {
                    out.add(p.name());
                    matched = end - start;
                }
            }
            start += Math.max(matched, 1);
        }
    }

    private static boolean spacesOnly(String text, int from, int to) {
        if (to - from < 1 || to - from > MAX_SPACES) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Start and end of each Latin run: ASCII letters and digits with inner hyphens and underscores. */
    private static List<int[]> runs(String text) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isRunChar(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '_') {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isRunChar(text.charAt(i))) {
                i++;
            }
            runs.add(new int[] {start, i});
        }
        return runs;
    }

    private static boolean isRunChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static String fold(String s) {
        char[] chars = s.toCharArray();
        Chars.fold(chars, 0, chars.length);
        return new String(chars);
    }
}
