package dev.weeklysearch.extract;

/** One question and its answer inside a Q&A entry; {@code answer} is empty when unanswered. */
public record Round(String question, String answer) {
}
