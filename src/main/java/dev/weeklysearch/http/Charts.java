package dev.weeklysearch.http;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG, drawn on the server: the owner's page then needs no script and no
 * charting library, prints and saves as it looks, and a chart is a few rectangles and labels
 * whose every text is escaped here.
 */
final class Charts {
    /** One bar: its label and value, and an optional note written after the value. */
    record Bar(String label, long value, String note) {
        Bar(String label, long value) {
            this(label, value, "");
        }
    }

    private static final int WIDTH = 720;
    private static final int ROW = 24;
    private static final int LABEL = 260;
    private static final int COLUMNS_HEIGHT = 160;

    private Charts() {
    }

    /** Horizontal bars, one row each, the label on the left: for queries, whose text is long. */
    static String rows(String title, List<Bar> bars, String color) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = open(title, height);
        if (bars.isEmpty()) {
            text(svg, 8, 18, "start", "#666", "nothing to show yet");
        }
        int barSpace = WIDTH - LABEL - 160;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW + 4;
            double w = Math.max(2, barSpace * (double) b.value() / max);
            text(svg, LABEL - 8, y + 16, "end", "#222", shorten(b.label(), 34));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    LABEL, y + 3, w, ROW - 8, color));
            text(svg, (int) (LABEL + w + 6), y + 16, "start", "#222", b.value() + (b.note().isEmpty() ? "" : "  " + b.note()));
        }
        return svg.append("</svg>").toString();
    }

    /** Vertical columns along an axis (days, positions), labelled every {@code labelEvery} columns. */
    static String columns(String title, List<Bar> bars, String color, int labelEvery) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = COLUMNS_HEIGHT + 40;
        StringBuilder svg = open(title, height);
        int left = 40;
        double slot = (WIDTH - left - 8) / (double) Math.max(1, bars.size());
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                left, COLUMNS_HEIGHT + 10, WIDTH - 8, COLUMNS_HEIGHT + 10));
        text(svg, left - 6, 18, "end", "#666", Long.toString(max));
        text(svg, left - 6, COLUMNS_HEIGHT + 10, "end", "#666", "0");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = COLUMNS_HEIGHT * (double) b.value() / max;
            double x = left + i * slot + slot * 0.15;
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>",
                    x, COLUMNS_HEIGHT + 10 - h, Math.max(1, slot * 0.7), h, color, Html.escape(b.label()), b.value()));
            if (i % labelEvery == 0 || i == bars.size() - 1) {
                text(svg, (int) (x + slot * 0.35), COLUMNS_HEIGHT + 28, "middle", "#444", b.label());
            }
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" font-family=\"system-ui, sans-serif\" font-size=\"13\">"
                        + "<title>%s</title>", WIDTH, height, WIDTH, height, Html.escape(title)));
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String color, String s) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
                x, y, anchor, color, Html.escape(s)));
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
