package dev.weeklysearch.extract;

import java.util.List;

/**
 * One findable unit of a post: a Q&amp;A, a release, an event, an article link or other prose.
 * Fields that do not apply to the type are empty strings or empty lists, never null.
 *
 * @param id       stable id, same input gives same id: {@code <slug>/<type>-<n>}
 * @param type     the entry's type
 * @param post     the post it belongs to
 * @param section  the heading of the section it sits in ("" when none)
 * @param anchor   id of the heading that starts this entry, for a deep link ("" when the entry has none)
 * @param title    display line
 * @param text     everything of the entry as plain text, Markdown stripped
 * @param asker    qa: who asked ("" when absent)
 * @param question qa: the first question
 * @param answer   qa: the answer to the first question ("" when unanswered)
 * @param rounds   qa: follow-up rounds after the first one
 * @param issue    qa: GitHub issue number, 0 when none
 * @param project  a canonical name of the project table (see Attribution), "" when the entry names no project
 * @param versions release: normalised versions
 * @param changes  release: change items
 * @param links    links of the entry (release notes, article targets, event sign-up)
 */
public record Entry(
        String id,
        EntryType type,
        Post post,
        String section,
        String anchor,
        String title,
        String text,
        String asker,
        String question,
        String answer,
        List<Round> rounds,
        int issue,
        String project,
        List<String> versions,
        List<String> changes,
        List<Link> links) {

    public Entry {
        rounds = List.copyOf(rounds);
        versions = List.copyOf(versions);
        changes = List.copyOf(changes);
        links = List.copyOf(links);
    }
}
