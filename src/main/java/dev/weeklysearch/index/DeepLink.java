package dev.weeklysearch.index;

import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.EntryType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A link to the place of an entry inside its post. Posts carry no ids on Q&amp;A paragraphs, so
 * where the entry has no heading of its own the link is a text fragment ({@code #:~:text=}) on
 * the start of the question, which Chromium scrolls to and marks.
 */
final class DeepLink {
    /** Long enough to be unique in a post, short enough to sit inside one rendered text node. */
    private static final int FRAGMENT_CHARS = 24;

    private DeepLink() {
    }

    static String of(Entry e) {
        String base = e.post().url();
        if (!e.anchor().isEmpty()) {
            return base + "#" + URLEncoder.encode(e.anchor(), StandardCharsets.UTF_8).replace("+", "%20");
        }
        String start = fragmentStart(e.type() == EntryType.QA && !e.question().isEmpty() ? e.question() : e.title());
        return start.isEmpty() ? base : base + "#:~:text=" + encode(start);
    }

    /**
     * The first line of {@code text}, cut before the first sentence punctuation and at
     * {@link #FRAGMENT_CHARS}, so that the fragment does not straddle inline markup such as links
     * or code, which would make it miss.
     */
    static String fragmentStart(String text) {
        String line = text.strip();
        int nl = line.indexOf('\n');
        if (nl >= 0) {
            line = line.substring(0, nl);
        }
        int end = Math.min(line.length(), FRAGMENT_CHARS);
        for (int i = 0; i < end; i++) {
            char c = line.charAt(i);
            if ("，。？！?!,;；：:（(“\"`[".indexOf(c) >= 0 && i >= 4) {
                end = i;
                break;
            }
        }
        if (end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end).strip();
    }

    /** Percent-encoding for a fragment: text fragments also reserve '-', '&' and ','. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D");
    }
}
