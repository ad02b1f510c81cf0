package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Event sections: one entry per event block; community-meeting sections split on their project labels. */
final class EventExtractor {
    private static final Pattern LABEL = Pattern.compile("^(?<name>[A-Za-z][A-Za-z0-9\\- ]{1,30}?)\\s*[:：]?$");
    private static final Pattern TOPIC = Pattern.compile("^(?:主题|分享主题)\\s*[:：]\\s*(?<v>.+)$");

    private EventExtractor() {
    }

    static boolean isLabel(Line line) {
        if (line.quote() || line.type() != Line.Type.PARA) {
            return false;
        }
        Matcher m = LABEL.matcher(line.text());
        return m.matches() && (line.boldOnly() || !Attribution.named(m.group("name")).isEmpty());
    }

    static List<Draft> extract(Section section) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        boolean labelled = false;
        for (Line line : section.lines()) {
            boolean split = isLabel(line) || (line.isHeading() && !line.text().isEmpty());
            if (split && labelled) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            labelled |= split;
            current.add(line);
        }
        blocks.add(current);
        List<Draft> out = new ArrayList<>();
        for (List<Line> block : blocks) {
            Draft d = new Draft(EntryType.EVENT, section);
            String label = "";
            String topic = "";
            for (Line line : block) {
                d.addText(line.text());
                d.addLinks(line);
                if (label.isEmpty() && (isLabel(line) || line.isHeading())) {
                    label = line.text().replaceAll("[:：]$", "");
                    d.anchor = line.isHeading() ? line.anchor() : "";
                }
                Matcher m = TOPIC.matcher(line.text());
                if (topic.isEmpty() && m.matches()) {
                    topic = m.group("v");
                }
            }
            if (d.joinedText().isEmpty()) {
                continue;
            }
            if (out.isEmpty() && d.anchor.isEmpty() && block == blocks.getFirst()) {
                d.anchor = section.anchor();
            }
            String lbl = label;
            String first = d.text.stream().filter(s -> !s.equals(lbl) && !s.matches(".*[:：]$")).findFirst().orElse("");
            String title = !topic.isEmpty() ? topic : !first.isEmpty() ? first : section.title();
            d.title = Text.firstSentence(label.isEmpty() || title.contains(label) ? title : label + "：" + title, 120);
            out.add(d);
        }
        return out;
    }
}
