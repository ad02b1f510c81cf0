package dev.weeklysearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits one run of letters/digits joined by {@code - _ . '} (e.g. "sofa-jraft", "MultiRaft", "v0.6.0") into tokens:
 * a project name becomes its canonical term (plus short forms when indexing), a version one exact term without its
 * "v", anything else its parts (split at delimiters and case changes) plus, when indexing, their concatenation, so
 * "Multi-Raft", "MultiRaft" and "multi raft" share terms and positions without gaps.
 */
final class LatinRun {

    static final int MAX_TERM = 255;

    private final boolean indexing;
    private final boolean versionsOnly;
    private final Projects projects = Projects.get();

    LatinRun(boolean indexing, boolean versionsOnly) {
        this.indexing = indexing;
        this.versionsOnly = versionsOnly;
    }

    /** Emits the tokens of {@code text[from, to)}; the first gets position increment 1. */
    void split(CharSequence text, int from, int to, Consumer<Tok> out) {
        if (!versionsOnly && to - from <= MAX_TERM && product(text, from, to, 1, out)) {
            return;
        }
        List<int[]> parts = new ArrayList<>();
        boolean hasVersion = false;
        int segStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || isHardDelimiter(text.charAt(i))) {
                if (segStart < i) {
                    hasVersion |= segment(text, segStart, i, parts);
                }
                segStart = i + 1;
            }
        }
        emit(text, from, to, parts, hasVersion, out);
    }

    private void emit(CharSequence text, int from, int to, List<int[]> parts, boolean hasVersion, Consumer<Tok> out) {
        StringBuilder compound = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            int[] p = parts.get(i);
            if (p[2] == 1) {
                int s = Character.toLowerCase(text.charAt(p[0])) == 'v' ? p[0] + 1 : p[0];
                out.accept(new Tok(text.subSequence(s, p[1]).toString(), s, p[1], 1, true, Tok.VERSION));
            } else if (!versionsOnly && p[1] - p[0] <= MAX_TERM
                    && !product(text, p[0], p[1], 1, out)) {
                String term = Chars.lower(text, p[0], p[1]);
                out.accept(new Tok(term, p[0], p[1], 1, projects.isShortForm(term), Tok.WORD));
            }
            if (i == 0 && indexing && !versionsOnly && !hasVersion && parts.size() > 1 && parts.size() <= 4
                    && to - from <= MAX_TERM) {
                for (int[] q : parts) {
                    compound.append(Chars.lower(text, q[0], q[1]));
                }
                int end = parts.get(parts.size() - 1)[1];
                out.accept(new Tok(compound.toString(), p[0], end, 0, false, Tok.COMPOUND));
            }
        }
    }

    /** Adds the parts of a segment (no hard delimiter inside); returns true if it is a version. */
    private boolean segment(CharSequence text, int from, int to, List<int[]> parts) {
        if (isVersion(text, from, to)) {
            parts.add(new int[] {from, to, 1});
            return true;
        }
        if (!versionsOnly && to - from <= MAX_TERM
                && projects.find(Projects.compact(text.subSequence(from, to).toString())) != null) {
            parts.add(new int[] {from, to, 0});
            return false;
        }
        int partStart = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '.') {
                addPart(parts, partStart, i);
                partStart = i + 1;
            } else if (i > partStart && caseBoundary(text, i, to)) {
                addPart(parts, partStart, i);
                partStart = i;
            }
        }
        addPart(parts, partStart, to);
        return false;
    }

    private static void addPart(List<int[]> parts, int from, int to) {
        if (from < to) {
            parts.add(new int[] {from, to, 0});
        }
    }

    /** A project name: canonical term at this position, short forms stacked when indexing. */
    private boolean product(CharSequence text, int from, int to, int posInc, Consumer<Tok> out) {
        Projects.Project project = projects.find(Projects.compact(text.subSequence(from, to).toString()));
        if (project == null) {
            return false;
        }
        out.accept(new Tok(project.canonical(), from, to, posInc, true, Tok.PRODUCT));
        if (indexing) {
            for (String shortForm : project.shortForms()) {
                out.accept(new Tok(shortForm, from, to, 0, true, Tok.PRODUCT));
            }
        }
        return true;
    }

    private static boolean isHardDelimiter(char c) {
        return c == '-' || c == '_' || c == '\'';
    }

    /** "MultiRaft" splits before R; "SOFAStack" before S of Stack; digits never split. */
    private static boolean caseBoundary(CharSequence text, int i, int to) {
        char prev = text.charAt(i - 1);
        char c = text.charAt(i);
        if (Character.isLowerCase(prev) && Character.isUpperCase(c)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(c) && i + 1 < to
                && Character.isLowerCase(text.charAt(i + 1));
    }

    /** {@code v?digits(.digits)+}, e.g. 2.7.3, v0.6.0, 2.7 (but not 3.x). */
    static boolean isVersion(CharSequence text, int from, int to) {
        int i = from;
        if (i < to && (text.charAt(i) == 'v' || text.charAt(i) == 'V')) {
            i++;
        }
        int groups = 0;
        int digits = 0;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && digits > 0) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups >= 1 && digits > 0 && to - from <= 40;
    }
}
