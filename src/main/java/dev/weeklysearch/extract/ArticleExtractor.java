package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;

/** Reading lists: one entry per linked item; a title line followed by an image link is one item. */
final class ArticleExtractor {
    private ArticleExtractor() {
    }

    static List<Draft> extract(Section section, String origin) {
        List<Draft> out = new ArrayList<>();
        List<Line> lines = section.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Link link = line.links().stream()
                    .filter(l -> !l.url().isEmpty() && !l.text().isEmpty() && !l.text().equals("链接"))
                    .findFirst().orElse(null);
            String title;
            if (link != null) {
                boolean textIsUrl = link.text().startsWith("http");
                title = textIsUrl ? line.text().replace(link.text(), "").replaceAll("[:：\\s]+$", "") : link.text();
                if (title.isEmpty()) {
                    title = link.text();
                }
            } else if (!line.text().isEmpty() && i + 1 < lines.size() && !lines.get(i + 1).imageLink().isEmpty()
                    && lines.get(i + 1).text().isEmpty()) {
                link = new Link(line.text(), lines.get(++i).imageLink());
                title = line.text();
            } else if (!line.imageLink().isEmpty() && !line.text().isEmpty()) {
                link = new Link(line.text(), line.imageLink());
                title = line.text();
            } else if (!line.text().isEmpty() && line.type() == Line.Type.ITEM) {
                title = line.text();
            } else {
                if (!out.isEmpty()) {
                    out.getLast().addText(line.text());
                }
                continue;
            }
            Draft d = new Draft(EntryType.ARTICLE, section);
            d.title = Text.firstSentence(title, 160);
            d.addText(line.text());
            if (link != null) {
                d.links.add(new Link(title, resolve(link.url(), origin)));
            }
            out.add(d);
        }
        return out;
    }

    static String resolve(String url, String origin) {
        return url.startsWith("/") && !url.startsWith("//") ? origin + url : url;
    }
}
