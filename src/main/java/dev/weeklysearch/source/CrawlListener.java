package dev.weeklysearch.source;

/** Progress of a crawl, for a terminal progress bar. Called from crawler threads. */
public interface CrawlListener {

    CrawlListener NONE = new CrawlListener() {
    };

    /** The number of post pages the crawl is about to handle (known once the sitemap or listings were read). */
    default void planned(int pages) {
    }

    /**
     * One post page is done; {@code where} is its URL, or its slug when it was skipped as unchanged.
     *
     * @param outcome "fetched", "unchanged" or the failure reason
     */
    default void done(String where, String outcome) {
    }
}
