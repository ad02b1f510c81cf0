package dev.weeklysearch.index;

/** Told about each post a reindex handles; the command line draws its progress bar from it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (slug, done) -> { };

    /** @param done posts handled so far in this run */
    void post(String slug, int done);
}
