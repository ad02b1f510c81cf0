package dev.weeklysearch.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Markdown to HTML; tags that are not HTML ({@code <SOFA:Channel/>}, {@code List<String>}) are escaped to stay text. */
final class MarkdownRenderer {
    private static final Set<String> HTML_TAGS = Set.of("a", "b", "br", "i", "em", "strong", "img", "p", "div", "span",
            "font", "center", "sup", "sub", "u", "s", "del", "table", "tr", "td", "th", "thead", "tbody", "ul", "ol",
            "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "code", "blockquote", "hr", "details", "summary", "iframe",
            "video", "section", "figure", "figcaption", "small", "big", "mark", "kbd", "audio", "source", "dl", "dt",
            "dd", "style", "script", "html", "body", "head", "meta", "link", "title");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>:])");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    /** Built on first use: a reindex with nothing changed then loads no Markdown code. Both are thread-safe. */
    private static final class Engines {
        static final Parser PARSER = Parser.builder().build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();
    }

    String render(String markdown) {
        return Engines.RENDERER.render(Engines.PARSER.parse(escapePseudoTags(markdown)));
    }

    static String escapePseudoTags(String markdown) {
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            }
            if (!fenced) {
                String[] parts = line.split("`", -1);
                for (int i = 0; i < parts.length; i += 2) {
                    parts[i] = escapeOutsideCode(parts[i]);
                }
                line = String.join("`", parts);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String escapeOutsideCode(String s) {
        Matcher m = TAG.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2);
            boolean autolink = s.startsWith("://", m.end()) || s.startsWith("mailto:", m.start() + 1);
            boolean html = HTML_TAGS.contains(name.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(autolink || html ? m.group() : "&lt;" + m.group(1) + name));
        }
        m.appendTail(out);
        return out.toString();
    }
}
