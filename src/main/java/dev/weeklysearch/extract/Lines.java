package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a content root into logical lines. Q&amp;A markers are matched on lines, not on blockquote
 * boundaries, because lazy continuation puts {@code A：} lines inside the quote before them.
 */
final class Lines {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "table", "hr", "div", "section", "article", "figure", "dl", "dt", "dd", "header",
            "footer", "details", "thead", "tbody", "tr", "main", "nav", "aside", "figcaption");
    private static final String SOFT_PUNCT = ":：、.，,。;；!！?？()（）[]【】「」*|｜-~～ ";

    private static final Pattern LITERAL_BOLD_END = Pattern.compile("\\*\\*\\s*[:：]?\\s*$");

    private final List<Line> out = new ArrayList<>();
    private int blockId;

    private Lines() {
    }

    static List<Line> of(Element root) {
        Lines lines = new Lines();
        lines.container(root, false, false);
        return lines.out;
    }

    private void container(Element el, boolean quote, boolean item) {
        Run run = null;
        for (Node n : el.childNodes()) {
            if (n instanceof Element child && BLOCKS.contains(child.normalName())) {
                if (run != null) {
                    run.flush();
                    run = null;
                }
                block(child, quote, item);
            } else {
                if (run == null) {
                    run = new Run(item ? Line.Type.ITEM : Line.Type.PARA, quote, ++blockId);
                }
                run.inline(n, false);
            }
        }
        if (run != null) {
            run.flush();
        }
    }

    private void block(Element el, boolean quote, boolean item) {
        String name = el.normalName();
        switch (name) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                String text = Text.clean(el.text());
                out.add(new Line(Line.Type.HEADING, text, name.charAt(1) - '0', quote, ++blockId,
                        false, false, links(el), el.select("img").size(), "", el.id().isEmpty() ? Anchors.of(text) : el.id()));
            }
            case "pre" -> out.add(new Line(Line.Type.CODE, Text.spaces(el.wholeText()).stripTrailing(), 0, quote,
                    ++blockId, false, false, List.of(), 0, "", ""));
            case "hr" -> { }
            case "blockquote" -> container(el, true, item);
            case "li" -> container(el, quote, true);
            case "ul", "ol" -> container(el, quote, false);
            case "tr" -> {
                List<String> cells = new ArrayList<>();
                el.children().forEach(c -> cells.add(Text.clean(c.text())));
                out.add(new Line(Line.Type.ROW, String.join(" | ", cells), 0, quote, ++blockId, false, false,
                        links(el), 0, "", ""));
            }
            case "p", "dt", "dd", "figcaption" -> {
                Run run = new Run(item ? Line.Type.ITEM : Line.Type.PARA, quote, ++blockId);
                for (Node n : el.childNodes()) {
                    run.inline(n, false);
                }
                run.flush();
            }
            default -> container(el, quote, item);
        }
    }

    private static List<Link> links(Element el) {
        List<Link> links = new ArrayList<>();
        for (Element a : el.select("a[href]")) {
            links.add(new Link(Text.clean(a.text()), a.attr("href").strip()));
        }
        return links;
    }

    /** Inline content of one block, cut into lines at soft breaks and {@code <br>}. */
    private final class Run {
        private final Line.Type type;
        private final boolean quote;
        private final int block;
        private StringBuilder text = new StringBuilder();
        private int bold;
        private int plain;
        private List<Link> links = new ArrayList<>();
        private int images;
        private String imageLink = "";

        Run(Line.Type type, boolean quote, int block) {
            this.type = type;
            this.quote = quote;
            this.block = block;
        }

        void inline(Node n, boolean inBold) {
            if (n instanceof TextNode t) {
                String[] parts = t.getWholeText().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    append(parts[i], inBold);
                }
            } else if (n instanceof Element el) {
                switch (el.normalName()) {
                    case "br" -> flush();
                    case "img" -> images++;
                    case "strong", "b" -> el.childNodes().forEach(c -> inline(c, true));
                    case "code" -> append(el.wholeText(), inBold);
                    case "a" -> {
                        el.childNodes().forEach(c -> inline(c, inBold));
                        String href = el.attr("href").strip();
                        if (!el.select("img").isEmpty()) {
                            imageLink = href;
                        } else {
                            links.add(new Link(Text.clean(el.text()), href));
                        }
                    }
                    default -> {
                        if (BLOCKS.contains(el.normalName())) {
                            flush();
                            block(el, quote, type == Line.Type.ITEM);
                        } else {
                            el.childNodes().forEach(c -> inline(c, inBold));
                        }
                    }
                }
            }
        }

        private void append(String s, boolean inBold) {
            String norm = Text.spaces(s);
            text.append(norm);
            for (int i = 0; i < norm.length(); i++) {
                if (SOFT_PUNCT.indexOf(norm.charAt(i)) < 0 && !Character.isWhitespace(norm.charAt(i))) {
                    if (inBold) {
                        bold++;
                    } else {
                        plain++;
                    }
                }
            }
        }

        void flush() {
            String t = Text.clean(text.toString());
            boolean boldOnly = bold > 0 && plain == 0;
            boolean hasBold = bold > 0;
            if (t.contains("**")) {
                // CommonMark leaves "**" literal when a bold closes after a space or before a letter
                hasBold = true;
                boldOnly |= t.startsWith("**") && LITERAL_BOLD_END.matcher(t).find();
                t = Text.clean(t.replaceAll("\\*{2,}", ""));
            }
            if (!t.isEmpty() || images > 0 || !links.isEmpty() || !imageLink.isEmpty()) {
                out.add(new Line(type, t, 0, quote, block, boldOnly, hasBold, links, images, imageLink, ""));
            }
            text = new StringBuilder();
            bold = 0;
            plain = 0;
            links = new ArrayList<>();
            images = 0;
            imageLink = "";
        }
    }
}
