package dev.weeklysearch.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the web sources share: one crawl per {@link #read}, fresh stats for it, and post pages
 * fetched (conditionally) once the subclass has found them.
 */
abstract sealed class WebSource implements CrawlSource permits SitemapSource, LinkCrawlSource {
    final CrawlOptions options;
    final Set<String> hosts;
    private volatile CrawlStats stats = new CrawlStats();

    WebSource(URI uri, CrawlOptions options) {
        if (!Fetcher.isWeb(uri)) {
            throw new IllegalArgumentException("not an http(s) URL: " + uri);
        }
        this.options = options;
        this.hosts = hostsOf(options, uri);
    }

    @Override
    public final void read(Map<String, PostState> known, PostSink sink) throws SourceException {
        CrawlStats run = new CrawlStats();
        stats = run;
        Map<String, Crawl.PageRef> pages = new LinkedHashMap<>();
        try (Crawl crawl = new Crawl(options, hosts, run)) {
            findPosts(crawl, new PostUrls(options, hosts), pages, sink);
            pages.keySet().removeIf(sink::delivered);
            crawl.fetchPosts(new ArrayList<>(pages.values()), known, sink);
        }
    }

    /** Puts every post page the source lists into {@code pages}, by slug. */
    abstract void findPosts(Crawl crawl, PostUrls posts, Map<String, Crawl.PageRef> pages, PostSink sink)
            throws SourceException;

    @Override
    public final CrawlStats stats() {
        return stats;
    }

    static Set<String> hostsOf(CrawlOptions options, URI uri) {
        Set<String> hosts = new HashSet<>();
        options.allowedHosts().forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
        if (hosts.isEmpty()) {
            hosts.add(uri.getHost().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(hosts);
    }
}
