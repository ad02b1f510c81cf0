package dev.weeklysearch.source;

/** A source that reads posts over HTTP and counts what it did. */
public interface CrawlSource extends PostSource {

    /** Counters of the last (or running) {@link #read}; a fresh object per read. */
    CrawlStats stats();
}
