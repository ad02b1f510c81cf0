package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits lines into sections and classifies each by its header (headings, or bold-only lines in 2023). */
final class Sections {
    private static final Pattern QA = Pattern.compile("问答|issue ?精选", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE = Pattern.compile(
            "阅读|推荐文章|开源系列|合集|合辑|集锦|直播回顾|回顾集合|KubeCon|特辑|系列", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELEASE = Pattern.compile(
            "项目进展|本周发布|版本发布|\\d+(\\.\\d+)+ ?版本$|版本已?发布", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT = Pattern.compile(
            "活动|直播|会议|预告|Meetup|报名", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER = Pattern.compile(
            "Contributor|本周贡献|新手任务|Big News|大事件|大事记|开源项目|召集|获奖|快乐|期待见到", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_SECTION = Pattern.compile("^\\d+\\s*[、.．]|@|提问|详情|[:：]");

    private Sections() {
    }

    static List<Section> split(List<Line> lines) {
        List<Section> out = new ArrayList<>();
        Line header = null;
        EntryType type = EntryType.OTHER;
        List<Line> body = new ArrayList<>();
        for (Line line : lines) {
            EntryType k = headerType(line, header == null ? null : type);
            if (k != null) {
                add(out, header, type, body);
                header = line;
                type = k;
                body = new ArrayList<>();
            } else if (!(line.isHeading() && line.text().isEmpty())) {
                body.add(line);
            }
        }
        add(out, header, type, body);
        return out;
    }

    private static void add(List<Section> out, Line header, EntryType type, List<Line> body) {
        if (header == null && body.isEmpty()) {
            return;
        }
        String title = header == null ? "" : header.text().replaceAll("\\s+$", "");
        out.add(new Section(title, header == null ? "" : header.anchor(), type, header, body));
    }

    /** The type of the section this line opens, or null when the line does not open a section. */
    static EntryType headerType(Line line, EntryType current) {
        String t = line.text();
        if (line.quote() || t.isEmpty()) {
            return null;
        }
        if (line.isHeading()) {
            EntryType k = classify(t);
            if (line.level() >= 4 && current != null && (k == null || k == current)) {
                return null;
            }
            return k == null ? EntryType.OTHER : k;
        }
        boolean bold = line.boldOnly() || (t.startsWith("**") && t.endsWith("**"));
        String plain = Text.clean(t.replace("*", ""));
        if (line.type() == Line.Type.PARA && bold && plain.length() <= 40 && !NOT_A_SECTION.matcher(plain).find()) {
            return classify(plain);
        }
        return null;
    }

    static EntryType classify(String title) {
        if (QA.matcher(title).find()) {
            return EntryType.QA;
        }
        if (ARTICLE.matcher(title).find()) {
            return EntryType.ARTICLE;
        }
        if (RELEASE.matcher(title).find()) {
            return EntryType.RELEASE;
        }
        if (EVENT.matcher(title).find()) {
            return EntryType.EVENT;
        }
        if (OTHER.matcher(title).find()) {
            return EntryType.OTHER;
        }
        return null;
    }
}
