package dev.weeklysearch.extract;

/**
 * A file or page that is not a weekly post: a well-formed post that the {@link WeeklyRule} does not
 * keep, or a Markdown file without front matter (a Hugo site's notes and fragments; a post always
 * has one). The indexer counts it as skipped under {@link #skip()}, not as a failure, and indexes
 * nothing of it.
 */
public final class NotWeeklyPost extends PostException {
    /** The skip reason of a post the rule does not keep. */
    public static final String NOT_WEEKLY = "not a weekly post";
    /** The skip reason of a Markdown file without front matter. */
    public static final String NO_FRONT_MATTER = "no front matter";

    private final String skip;

    public NotWeeklyPost(String location, String reason) {
        this(location, reason, NOT_WEEKLY);
    }

    NotWeeklyPost(String location, String reason, String skip) {
        super(location, reason);
        this.skip = skip;
    }

    /** What the skip is counted as: {@link #NOT_WEEKLY} or {@link #NO_FRONT_MATTER}. */
    public String skip() {
        return skip;
    }
}
