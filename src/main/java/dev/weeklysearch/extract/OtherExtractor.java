package dev.weeklysearch.extract;

import java.util.List;

/** Prose sections (special letters, task lists, news, notices): one entry per section with text. */
final class OtherExtractor {
    private OtherExtractor() {
    }

    static List<Draft> extract(Section section) {
        Draft d = new Draft(EntryType.OTHER, section);
        for (Line line : section.lines()) {
            d.addText(line.text());
            d.addLinks(line);
        }
        if (d.joinedText().isEmpty()) {
            return List.of();
        }
        d.anchor = section.anchor();
        d.title = section.title().isEmpty() ? Text.firstSentence(d.joinedText(), 120) : section.title();
        return List.of(d);
    }
}
