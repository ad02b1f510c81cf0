package dev.weeklysearch.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.yaml.snakeyaml.Yaml;

/** Renders Markdown posts into pages shaped like www.sofastack.tech (test helper of {@link SiteServer}). */
final class SitePages {

    /** One post: front matter fields and its Markdown body. */
    record Post(String slug, String title, String date, Instant published, List<String> tags, String markdown) {
    }

    private static final Pattern DATE = Pattern.compile("(?m)^date:\\s*[\"']?([0-9]{4}-[0-9]{2}-[0-9]{2})([^\"'\\r\\n]*)");
    /** Something shaped like a tag: {@code <name …>}, {@code </name>}, {@code <ns:name/>}. */
    private static final Pattern TAG_LIKE = Pattern.compile("<(/?)([A-Za-z][\\w:.-]*)([^<>\\n]*)>");
    /** HTML5 elements a Markdown author writes inline; anything else is text on the page. */
    private static final Set<String> HTML_ELEMENTS = Set.of("a", "abbr", "audio", "b", "big", "blockquote", "body",
            "br", "center", "code", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "font",
            "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html", "i", "iframe", "img", "ins", "kbd", "li",
            "link", "mark", "meta", "ol", "p", "pre", "s", "script", "section", "small", "source", "span", "strike",
            "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "title", "tr", "u",
            "ul", "video");
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private SitePages() {
    }

    static Post read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        Matcher fm = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL).matcher(text);
        if (!fm.find()) {
            return new Post(slug, slug, "1970-01-01", Instant.EPOCH, List.of("SOFA Weekly"), text);
        }
        Map<?, ?> yaml = new Yaml().load(fm.group(1));
        Matcher d = DATE.matcher(fm.group(1));
        boolean dated = d.find();
        String date = dated ? d.group(1) : "1970-01-01";
        Instant published = parseInstant(dated ? date + d.group(2).strip() : date);
        List<String> tags = new ArrayList<>();
        if (yaml != null && yaml.get("tags") instanceof List<?> list) {
            list.forEach(t -> tags.add(String.valueOf(t)));
        }
        String title = yaml != null && yaml.get("title") != null ? String.valueOf(yaml.get("title")) : slug;
        return new Post(slug, title, date, published, tags.isEmpty() ? List.of("SOFA Weekly") : tags,
                text.substring(fm.end()));
    }

    private static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (RuntimeException e) {
            return LocalDate.parse(s.substring(0, 10)).atStartOfDay(ZoneOffset.ofHours(8)).toInstant();
        }
    }

    /**
     * Commonmark, after escaping tags that are not HTML ({@code <SOFA:Channel/>}, {@code List<String>},
     * {@code <attach>true</attach>}) outside code: the live site shows them as text, not as elements
     * a browser would swallow.
     */
    static String renderMarkdown(String markdown) {
        StringBuilder escaped = new StringBuilder(markdown.length() + 64);
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced) {
                String[] spans = line.split("`", -1);
                for (int i = 0; i < spans.length; i += 2) {
                    spans[i] = TAG_LIKE.matcher(spans[i]).replaceAll(m -> Matcher.quoteReplacement(isShown(m)
                            ? "&lt;" + m.group().substring(1) : m.group()));
                }
                line = String.join("`", spans);
            }
            escaped.append(line).append('\n');
        }
        return RENDERER.render(PARSER.parse(escaped.toString()));
    }

    /** A tag-like run that is neither an HTML element nor an autolink ({@code <https://…>}). */
    private static boolean isShown(MatchResult m) {
        String name = m.group(2);
        boolean autolink = name.endsWith(":") && m.group(3).startsWith("//") || m.group(3).startsWith("@");
        return !autolink && !HTML_ELEMENTS.contains(name.toLowerCase(Locale.ROOT));
    }

    static String page(Post post, String article, List<Post> related) {
        // The live theme's tag links; the category is not rendered.
        StringBuilder tags = new StringBuilder();
        if (!post.tags().isEmpty()) {
            tags.append("<div class=\"tags\">");
            for (String tag : post.tags()) {
                tags.append(" <a class=\"tag\" href=\"/tags/").append(tagSlug(tag)).append("/\">#")
                        .append(escape(tag)).append("</a>");
            }
            tags.append("</div>");
        }
        StringBuilder aside = new StringBuilder("<aside class=\"ss-aside\"><h3>相关文章</h3><ul>");
        aside.append("<li><a href=\"/blog/other-article/\">Another article</a></li>");
        for (Post r : related) {
            aside.append("<li><a href=\"/blog/").append(r.slug()).append("/\">").append(escape(r.title())).append("</a></li>");
        }
        aside.append("</ul><h3>标签</h3><a href=\"/tags/sofa-weekly/\">SOFA Weekly</a></aside>");
        String main = "<div class=\"ss-meta\"><h1 class=\"title\">" + escape(post.title()) + "</h1><div class=\"meta\">"
                + post.date() + " · SOFA 团队</div>" + tags + "</div>\n<article class=\"typo\">" + article + "</article>";
        return layout(post.title(), "", main, aside.toString());
    }

    /** How a listing shows its further pages. */
    enum Pagination {
        /** The live theme: an empty nav a script fills from {@code data-total}, no links in the HTML. */
        SCRIPT,
        /** Plain {@code <a>} links to every page. */
        LINKS,
        /** Nothing at all: only probing {@code /page/N/} finds the other pages. */
        NONE
    }

    static String listing(List<Post> posts, int page, int pages, Pagination pagination, boolean feed) {
        StringBuilder main = new StringBuilder("<h1>SOFA Weekly</h1><ul class=\"posts\">");
        for (Post p : posts) {
            main.append("<li><a href=\"/blog/").append(p.slug()).append("/\">").append(escape(p.title()))
                    .append("</a> <span>").append(p.date()).append("</span></li>");
        }
        main.append("</ul>");
        switch (pagination) {
            case SCRIPT -> main.append("<nav class=\"ss-pagination\" data-total=\"").append(pages)
                    .append("\" data-current=\"").append(page).append("\"></nav>");
            case LINKS -> {
                main.append("<nav class=\"pagination\">");
                for (int i = 1; i <= pages; i++) {
                    String href = i == 1 ? "/tags/sofa-weekly/" : "/tags/sofa-weekly/page/" + i + "/";
                    main.append(i == page ? "<span>" + i + "</span>" : "<a href=\"" + href + "\">" + i + "</a>");
                }
                main.append("</nav>");
            }
            case NONE -> {
            }
        }
        String aside = "<aside class=\"ss-aside\"><a href=\"/blog/other-article/\">Another article</a></aside>";
        String head = feed ? "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/tags/sofa-weekly/index.xml\""
                + " title=\"SOFAStack\">" : "";
        return layout("SOFA Weekly", head, main.toString(), aside);
    }

    static String layout(String title, String main, String aside) {
        return layout(title, "", main, aside);
    }

    static String layout(String title, String head, String main, String aside) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - SOFAStack</title>" + head + "</head><body>\n<header class=\"ss-header\"><nav><a href=\"/\">SOFAStack</a> "
                + "<a href=\"/blog/\">博客</a> <a href=\"/projects/\">项目</a> <a href=\"/blog/other-article/\">推荐</a>"
                + "</nav></header>\n<div class=\"ss-layout\"><main class=\"ss-layout-main\">\n" + main + "\n</main>\n"
                + aside + "</div>\n<footer class=\"ss-footer\"><a href=\"/blog/\">Blog</a> © 2018 - 2026 The SOFAStack Authors"
                + "</footer>\n</body></html>\n";
    }

    static String tagSlug(String tag) {
        return tag.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
