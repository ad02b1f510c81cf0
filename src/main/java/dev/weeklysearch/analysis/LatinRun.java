package dev.weeklysearch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits one run of letters/digits joined by {@code - _ . '} (e.g. "sofa-jraft", "MultiRaft", "v0.6.0") into tokens:
 * a project name becomes its canonical term (plus short forms when indexing), a version one exact term without its
 * "v", anything else its parts (split at delimiters and case changes) plus, when indexing, their concatenation, so
 * "Multi-Raft", "MultiRaft" and "multi raft" share terms and positions without gaps. The concatenation spans its
 * parts' positions (position length), as Lucene's graph contract wants. A name glued to a version ("SOFARPC5.5.8")
 * is the name, then the version.
 */
public final class LatinRun {

    static final int MAX_TERM = 255;

    private final boolean indexing;
    private final boolean versionsOnly;
    private final Projects projects = Projects.get();

    public LatinRun(boolean indexing, boolean versionsOnly) {
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
                version(text, p[0], p[1], out);
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
                out.accept(new Tok(compound.toString(), p[0], end, 0, parts.size(), false, Tok.COMPOUND));
            }
        }
    }

    /**
     * A version without its "v"; in the versions field (indexing) also its release lines, "0.13.0" → "0.13.x", at the
     * same position: a search for "0.13" finds the 0.13.x releases, and a distinct term lets an exact match rank first.
     */
    private void version(CharSequence text, int from, int to, Consumer<Tok> out) {
        int s = Character.toLowerCase(text.charAt(from)) == 'v' ? from + 1 : from;
        String exact = text.subSequence(s, to).toString();
        out.accept(new Tok(exact, s, to, 1, true, Tok.VERSION));
        if (versionsOnly && indexing) {
            for (int dot = exact.lastIndexOf('.'); exact.indexOf('.') < dot; dot = exact.lastIndexOf('.', dot - 1)) {
                out.accept(new Tok(releaseLine(exact.substring(0, dot)), s, to, 0, true, Tok.VERSION_LINE));
            }
        }
    }

    /** The term of every release of a line: "0.13" → "0.13.x" (never a version term itself, see isVersion). */
    public static String releaseLine(String version) {
        return version + ".x";
    }

    /** Adds the parts of a segment (no hard delimiter inside); returns true if it is or ends with a version. */
    private boolean segment(CharSequence text, int from, int to, List<int[]> parts) {
        if (isVersion(text, from, to)) {
            parts.add(new int[] {from, to, 1});
            return true;
        }
        int glued = gluedVersion(text, from, to);
        if (glued > from) {
            segment(text, from, glued, parts);
            parts.add(new int[] {glued, to, 1});
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

    /**
     * Where the version glued to a name starts ("SOFARPC5.5.8" → at 5, "mosnv0.6.0" → at the v, as mosn is a
     * project), or -1. The name is two or more letters; a "v" before the digits is the version's own only after a
     * project name, so "dev1.0" stays dev + 1.0.
     */
    public int gluedVersion(CharSequence text, int from, int to) {
        int d = to;
        while (d > from && (isAsciiDigit(text.charAt(d - 1)) || text.charAt(d - 1) == '.')) {
            d--;
        }
        while (d < to && text.charAt(d) == '.') {
            d++;
        }
        if (d - from < 2 || !isVersion(text, d, to)) {
            return -1;
        }
        for (int i = from; i < d; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return -1;
            }
        }
        char v = text.charAt(d - 1);
        boolean vPrefix = (v == 'v' || v == 'V') && d - 1 - from >= 2
                && projects.find(Projects.compact(text.subSequence(from, d - 1).toString())) != null;
        return vPrefix ? d - 1 : d;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
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
