package dev.weeklysearch.extract;

import java.util.List;

/**
 * A run of lines under one section header.
 *
 * @param title  the header text, "" for the part before the first header
 * @param anchor the header's Hugo id when it is a Markdown heading, else ""
 * @param header the header line itself, null for the part before the first header
 */
record Section(String title, String anchor, EntryType type, Line header, List<Line> lines) {
    Section {
        lines = List.copyOf(lines);
    }
}
