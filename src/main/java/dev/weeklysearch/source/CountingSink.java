package dev.weeklysearch.source;

/** Counts every outcome and tells the progress listener before passing it on. */
final class CountingSink implements PostSink {

    private final PostSink next;
    private final CrawlStats stats;
    private final CrawlListener listener;

    CountingSink(PostSink next, CrawlStats stats, CrawlListener listener) {
        this.next = next;
        this.stats = stats;
        this.listener = listener;
    }

    @Override
    public void accept(RawPost post) {
        stats.countDelivered();
        listener.done(post.url(), "fetched");
        next.accept(post);
    }

    @Override
    public void unchanged(String slug) {
        stats.countUnchanged();
        listener.done(slug, "unchanged");
        next.unchanged(slug);
    }

    @Override
    public void skipped(String location, String reason) {
        listener.done(location, reason);
        next.skipped(location, reason);
    }

    @Override
    public void failed(Failure failure) {
        stats.countFailed(failure);
        listener.done(failure.location(), failure.reason());
        next.failed(failure);
    }
}
