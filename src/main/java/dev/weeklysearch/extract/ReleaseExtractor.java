package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Release sections: one entry per release header, whatever era's shape; a heading plus its body line is one. The
 * project is the one the header names, else the one the heading over it names ({@code SOFAJRaft 本周发布} then a
 * plain {@code 发布 1.3.10 版本}); a header naming no project is a release only under such a heading.
 */
final class ReleaseExtractor {
    private static final String PROJ = "(?<proj>[A-Za-z][A-Za-z0-9\\- ]*?)";
    private static final String VER = "(?<ver>" + Versions.LIST + ")(?![\\w.])";
    private static final List<Pattern> HEADERS = List.of(
            Pattern.compile("^(?:开源)?发布了?\\s*" + PROJ + "\\s+" + VER),
            Pattern.compile("^" + PROJ + "\\s*(?:开源|正式)?发布了?\\s*" + VER),
            Pattern.compile("^" + PROJ + "\\s+" + VER + "\\s*(?:可试用)?(?:版本|版)?\\s*(?:已|正式)?(?:发布|$)"));
    /** Headers that name no project: "发布 1.3.10 版本", "发布了 v1.3.10", "1.3.10 版本发布". */
    private static final List<Pattern> BARE_HEADERS = List.of(
            Pattern.compile("^(?:开源|正式)?发布了?\\s*" + VER),
            Pattern.compile("^" + VER + "\\s*(?:版本|版)?\\s*(?:已|正式)?发布"));
    /** An item number ("1、", "2. ") but not the start of a version ("0.5.0 版本发布"), then "本周". */
    private static final Pattern PREFIX = Pattern.compile("^(?:\\d+\\s*(?:、|[.．](?!\\d))\\s*)?(?:本周\\s*)?");
    private static final Pattern LABEL = Pattern.compile(
            "^(主要(变更|更新)(如下)?|本周发布详情如下|「?详细(参考)?(发布报告)?」?|「?发布报告」?|下载地址|官方文档|详细参考发布报告)\\s*[:：]?\\s*");
    private static final Pattern ITEM_MARK = Pattern.compile("^(?:[ivxIVX]+|\\d+)\\s*[.、)）]\\s*");
    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s)）\\]*]+");

    private ReleaseExtractor() {
    }

    /** The release a line announces, or null when it is no release header. */
    static Header header(Line line) {
        if (line.quote() || line.isCode() || line.text().length() > 120
                || (line.type() == Line.Type.ITEM && !line.boldOnly()) || line.type() == Line.Type.ROW) {
            return null;
        }
        String t = PREFIX.matcher(Text.clean(line.text().replace("*", ""))).replaceFirst("");
        for (Pattern p : HEADERS) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                String name = Text.clean(m.group("proj"));
                return new Header(Attribution.named(name), name, Versions.parse(m.group("ver")));
            }
        }
        for (Pattern p : BARE_HEADERS) {
            Matcher m = p.matcher(t);
            if (m.find()) {
                return new Header("", "", Versions.parse(m.group("ver")));
            }
        }
        return null;
    }

    /**
     * @param project the canonical project the header names, "" when none or unknown
     * @param name    the project name as written, "" for a header that names none
     */
    record Header(String project, String name, List<String> versions) {
    }

    static List<Draft> extract(Section section) {
        List<Draft> out = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (section.header() != null) {
            lines.add(section.header());
        }
        lines.addAll(section.lines());
        Draft cur = null;
        Draft loose = new Draft(EntryType.OTHER, section);
        String heading = Attribution.mentioned(section.title());
        for (Line line : lines) {
            if (line.isHeading() && line != section.header() && !Attribution.mentioned(line.text()).isEmpty()) {
                heading = Attribution.mentioned(line.text());
            }
            Header h = header(line);
            if (h != null && h.name().isEmpty() && heading.isEmpty()) {
                h = null; // "发布 1.3.10 版本" under no project's heading: whose release is unknown
            }
            if (h != null) {
                if (cur != null && cur.versions.equals(h.versions()) && cur.changes.isEmpty()) {
                    cur.addText(line.text());
                    continue;
                }
                cur = new Draft(EntryType.RELEASE, section);
                cur.project = h.project().isEmpty() ? heading : h.project();
                cur.versions.addAll(h.versions());
                String name = h.project().isEmpty() && !h.name().isEmpty() ? h.name() : cur.project;
                cur.title = (name + " " + String.join("/", h.versions())).strip();
                cur.anchor = line.isHeading() ? line.anchor() : "";
                cur.addText(line.text());
                out.add(cur);
            } else if (line != section.header()) {
                body(cur != null ? cur : loose, line);
            }
        }
        if (out.isEmpty() && !loose.joinedText().isEmpty()) {
            loose.title = section.title().isEmpty() ? Text.firstSentence(loose.joinedText(), 120) : section.title();
            loose.anchor = section.anchor();
            out.add(loose);
        }
        return out;
    }

    private static void body(Draft d, Line line) {
        String t = line.text();
        d.addText(t);
        d.addLinks(line);
        Matcher url = BARE_URL.matcher(t);
        while (url.find()) {
            Link link = new Link(url.group(), url.group());
            if (d.links.stream().noneMatch(l -> l.url().equals(link.url()))) {
                d.links.add(link);
            }
        }
        if (d.type != EntryType.RELEASE || line.isCode() || line.isHeading()) {
            return;
        }
        String item = LABEL.matcher(t).replaceFirst("");
        item = ITEM_MARK.matcher(item).replaceFirst("").replaceAll("[；;]$", "").strip();
        boolean onlyLinks = BARE_URL.matcher(item).replaceAll("").replaceAll("[\\s<>*]", "").isEmpty()
                || (!line.links().isEmpty() && line.links().stream().mapToInt(l -> l.text().length()).sum() >= item.length() - 2);
        if (!item.isEmpty() && !onlyLinks && !item.startsWith("致谢")) {
            d.changes.add(item);
        }
    }
}
