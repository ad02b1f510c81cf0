package dev.weeklysearch.extract;

/**
 * A well-formed post that is not a weekly post by the {@link WeeklyRule}: the indexer counts it as
 * skipped, not as a failure, and indexes nothing of it.
 */
public final class NotWeeklyPost extends PostException {
    public NotWeeklyPost(String location, String reason) {
        super(location, reason);
    }
}
