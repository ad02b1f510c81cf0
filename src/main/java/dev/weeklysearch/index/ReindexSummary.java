package dev.weeklysearch.index;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one reindex did.
 *
 * @param postsSeen      posts the sources delivered or reported unchanged
 * @param changed        posts (re-)analysed and written
 * @param unchanged      posts skipped because their content hash or HTTP validators were unchanged
 * @param removed        posts whose entries were deleted (vanished from the sources, or gone)
 * @param skipped        files and pages skipped by reason: not weekly posts, list pages ({@code _index.md});
 *                       neither indexed nor failures
 * @param entriesWritten entries written by this run, by kind
 * @param entriesInIndex entries in the index after the commit, by kind
 * @param failures       posts or sources that failed, with reasons (counted, not fatal)
 * @param complete       false when a source failed as a whole: nothing was deleted then
 * @param wallTime       wall time of the run
 */
public record ReindexSummary(int postsSeen, int changed, int unchanged, int removed, Map<String, Integer> skipped,
        Map<String, Integer> entriesWritten, Map<String, Integer> entriesInIndex,
        List<Failure> failures, boolean complete, Duration wallTime) {

    /** Files and pages skipped, all reasons together. */
    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One failure: a post that could not be read or extracted, or a whole source. */
    public record Failure(String location, String reason) {
    }
}
