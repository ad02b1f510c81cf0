package dev.weeklysearch.extract;

/** Character-level normalisation shared by every marker match. */
final class Text {
    private Text() {
    }

    /** No-break and ideographic spaces become plain spaces so that {@code \s} and ' ' match them. */
    static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u3000', ' ').replace("\u200B", "");
    }

    /** Normalised spaces, runs collapsed, trimmed. A loop, not a regex: it runs on every line of every post. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u200B' -> { }
                case ' ', '\t', '\u00A0', '\u3000', '\u2002', '\u2003' -> space = true;
                default -> {
                    if (space) {
                        b.append(' ');
                        space = false;
                    }
                    b.append(c);
                }
            }
        }
        return b.toString().strip();
    }

    static String firstSentence(String s, int max) {
        String line = s.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl).strip();
        }
        if (line.length() > max) {
            int cut = -1;
            for (int i = 10; i < max; i++) {
                if ("。？！?!；;".indexOf(line.charAt(i)) >= 0) {
                    cut = i + 1;
                }
            }
            line = cut > 0 ? line.substring(0, cut) : line.substring(0, max) + "…";
        }
        return line;
    }
}
