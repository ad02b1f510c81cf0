package dev.weeklysearch.source;

/** Counts every outcome in the crawl's stats before passing it on. */
final class CountingSink implements PostSink {

    private final PostSink next;
    private final CrawlStats stats;

    CountingSink(PostSink next, CrawlStats stats) {
        this.next = next;
        this.stats = stats;
    }

    @Override
    public void accept(RawPost post) {
        stats.countDelivered();
        next.accept(post);
    }

    @Override
    public void unchanged(String slug) {
        stats.countUnchanged();
        next.unchanged(slug);
    }

    @Override
    public void skipped(String location, String reason) {
        next.skipped(location, reason);
    }

    @Override
    public void failed(Failure failure) {
        stats.countFailed(failure);
        next.failed(failure);
    }
}
