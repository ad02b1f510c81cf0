package dev.weeklysearch.extract;

import java.util.ArrayList;
import java.util.List;

/** A mutable entry under construction; ids are given by the facade once the post's order is known. */
final class Draft {
    final EntryType type;
    final String section;
    String anchor = "";
    String title = "";
    final List<String> text = new ArrayList<>();
    String asker = "";
    String question = "";
    String answer = "";
    final List<Round> rounds = new ArrayList<>();
    int issue;
    String project = "";
    final List<String> versions = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    Draft(EntryType type, Section section) {
        this.type = type;
        this.section = section.title();
    }

    void addText(String line) {
        if (!line.isBlank()) {
            text.add(line.strip());
        }
    }

    void addLinks(Line line) {
        for (Link link : line.links()) {
            if (!link.url().isEmpty() && !links.contains(link)) {
                links.add(link);
            }
        }
    }

    String joinedText() {
        return String.join("\n", text).strip();
    }

    Entry toEntry(String id, Post post) {
        return new Entry(id, type, post, section, anchor, title, joinedText(), asker, question, answer, rounds, issue,
                project, versions, changes, links);
    }
}
