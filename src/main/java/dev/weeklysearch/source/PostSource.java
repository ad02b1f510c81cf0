package dev.weeklysearch.source;

import java.util.Map;

/** Somewhere posts come from: a folder of Markdown files, a sitemap, pages followed from a start page. */
public interface PostSource {

    /**
     * Delivers every post of this source to {@code sink}. Per-post problems go to
     * {@link PostSink#failed}; only a failure of the whole source (folder missing, sitemap
     * unreachable) is thrown, and then the run must not delete anything.
     *
     * @param known what the index holds, by slug, so that unchanged posts can be skipped
     * @throws SourceException when the source as a whole could not be read
     */
    void read(Map<String, PostState> known, PostSink sink) throws SourceException;

    /** A short description for summaries, e.g. the folder or the sitemap URL. */
    String describe();
}
