package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The marker shapes of Q&amp;A sections, matched on normalised line text. */
final class QaMarkers {
    private static final String NUM = "(?:\\d+\\s*[、.．]\\s*)";
    static final Pattern ISSUE = Pattern.compile(
            "^" + NUM + "?@\\s*(?<name>[^\\s#＃]+?)\\s*[#＃]\\s*(?<num>\\d+)\\s*(?:提问)?\\s*[:：]?\\s*$");
    static final Pattern ASKER = Pattern.compile(
            "^" + NUM + "?(?<at>@)?\\s*(?<name>[^，。？?！!：:]{1,40}?)\\s*提问\\s*[:：]?\\s*(?<rest>.*)$");
    static final Pattern HANDLE = Pattern.compile("^@(?<name>[\\w\\-.]+)$");
    static final Pattern NUMBERED = Pattern.compile("^" + NUM + "(?<rest>.+)$");
    static final Pattern ANSWER = Pattern.compile("^A\\s*[:：]\\s*(?:A\\s*[:：]\\s*)?(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern INLINE_ANSWER = Pattern.compile("(?<=[。？?！!.)）>\\s])A\\s*[:：]");
    static final Pattern PROJECT_TAG = Pattern.compile(
            "^「?\\s*(?<name>[A-Za-z][A-Za-z0-9 \\-]{1,40}?)\\s*」?\\s*[:：]\\s*(?<url>\\S+)$");

    private QaMarkers() {
    }

    /** An asker line: needs an {@code @} or bold, so that a sentence ending in 提问 does not open an entry. */
    static Matcher asker(Line line) {
        Matcher m = ASKER.matcher(text(line));
        if (!m.matches() || (m.group("at") == null && !boldish(line))) {
            return null;
        }
        String name = m.group("name").strip();
        if (name.startsWith("关于") || name.isEmpty()) {
            return null;
        }
        return m;
    }

    static Matcher issue(Line line) {
        Matcher m = ISSUE.matcher(text(line));
        return m.matches() ? m : null;
    }

    static boolean opensEntry(Line line) {
        return !line.isCode() && (issue(line) != null || asker(line) != null);
    }

    static boolean isAnswer(Line line) {
        return !line.isCode() && ANSWER.matcher(text(line)).matches();
    }

    /** The name of a trailing {@code <Project>：url} line as written (maybe no project: "SOFAStack"), or null. */
    static String projectTag(Line line) {
        if (line.isCode() || line.quote()) {
            return null;
        }
        Matcher m = PROJECT_TAG.matcher(text(line));
        if (!m.matches()) {
            return null;
        }
        String name = m.group("name").strip();
        String url = m.group("url");
        boolean linkish = url.startsWith("http") || !line.links().isEmpty();
        boolean projectish = !Attribution.named(name).isEmpty() || url.contains("github.com/") || url.contains("sofastack.tech");
        return linkish && projectish ? name : null;
    }

    /** Splits "question。A：answer" so that the answer starts its own line (same block, same quote flag). */
    static List<Line> splitInlineAnswers(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            if (line.isCode() || line.isHeading()) {
                out.add(line);
                continue;
            }
            String t = line.text();
            Matcher m = INLINE_ANSWER.matcher(t);
            int start = 0;
            while (m.find()) {
                String before = t.substring(start, m.start()).strip();
                if (!before.isEmpty()) {
                    out.add(line.withText(before));
                }
                start = m.start();
            }
            out.add(start == 0 ? line : line.withText(t.substring(start).strip()));
        }
        return out;
    }

    /** Marker text without asterisks: a bold closed after a space ({@code **@name **}) stays literal in CommonMark. */
    static String text(Line line) {
        return line.text().indexOf('*') < 0 ? line.text() : Text.clean(line.text().replace("*", ""));
    }

    static boolean boldish(Line line) {
        return line.hasBold() || line.text().contains("**");
    }

    static boolean boldOnlyish(Line line) {
        return line.boldOnly() || (line.text().startsWith("**") && line.text().replaceAll("[\\s:：]+$", "").endsWith("**"));
    }

    /** A topic that reads like a person's name (2022 "**1. 小白**") rather than "关于 X 的问题". */
    static boolean nameLike(String topic) {
        return topic.length() <= 20 && !topic.matches(".*(关于|问题|[:：？?，,。]).*");
    }
}
