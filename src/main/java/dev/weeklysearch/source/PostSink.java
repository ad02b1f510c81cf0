package dev.weeklysearch.source;

/** Where a source delivers what it found. Calls may come from several threads. */
public interface PostSink {

    /** A post whose bytes were read (new, or maybe changed: the indexer compares content hashes). */
    void accept(RawPost post);

    /** A known post that the source knows to be unchanged without reading it (HTTP 304, sitemap lastmod). */
    void unchanged(String slug);

    /** A post or page that could not be read; counted, never fatal. */
    void failed(Failure failure);

    /**
     * Whether an earlier source of this run already delivered this post (read or unchanged): a later
     * source then neither fetches nor reports it. So the tag's feed first and the sitemap after it
     * cost one request per post, not two.
     */
    default boolean delivered(String slug) {
        return false;
    }

    /**
     * A file or page that is not a post at all (a list page such as Hugo's {@code _index.md}): counted
     * as skipped, never a failure, never indexed.
     */
    default void skipped(String location, String reason) {
    }

    /**
     * @param location the file or URL
     * @param slug     the post's slug when known, else null
     * @param reason   a short human reason, e.g. "HTTP 500 after 3 tries" or "timeout"
     * @param gone     true when the post no longer exists (404, 410): its entries may be removed
     *                 once the whole run completed; false keeps its entries as they are
     */
    record Failure(String location, String slug, String reason, boolean gone) {
    }
}
