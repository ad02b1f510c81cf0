package dev.weeklysearch.extract;

/** A link inside an entry: its visible text and target. */
public record Link(String text, String url) {
}
