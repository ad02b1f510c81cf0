package dev.weeklysearch.source;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Posts listed in a sitemap ({@code urlset}, or a {@code sitemapindex} read recursively; its pages
 * need not live under the folder of the sitemap that lists them) or in a feed (RSS, Atom). A post
 * whose {@code <lastmod>} (a feed's {@code <pubDate>}) is not newer than the known state is
 * reported unchanged without a request; others are fetched conditionally. Any sitemap of the tree
 * that cannot be read fails the source.
 */
public final class SitemapSource extends WebSource {

    private static final int MAX_DEPTH = 4;

    private final URI sitemap;
    /** "feed" or "sitemap": what the document turned out to be (until it is read, what its name suggests). */
    private volatile String kind;

    public SitemapSource(URI sitemap, CrawlOptions options) {
        super(sitemap, options);
        this.sitemap = sitemap;
        this.kind = sitemap.getPath() != null && sitemap.getPath().toLowerCase(Locale.ROOT).contains("sitemap")
                ? "sitemap" : "feed";
    }

    @Override
    void findPosts(Crawl crawl, PostUrls posts, Map<String, Crawl.PageRef> pages, PostSink sink)
            throws SourceException {
        collect(crawl, sitemap, 0, new HashSet<>(), posts, pages);
    }

    private void collect(Crawl crawl, URI uri, int depth, Set<URI> seen, PostUrls posts,
            Map<String, Crawl.PageRef> pages) throws SourceException {
        if (depth > MAX_DEPTH || !seen.add(uri)) {
            return;
        }
        Fetched.Ok ok = crawl.required(uri, Fetcher.Expect.XML);
        SitemapParser.Sitemap map = SitemapParser.parse(uri, ok.contentType(), ok.body());
        if (depth == 0) {
            kind = map.feed() ? "feed" : "sitemap";
        }
        for (SitemapParser.Loc child : map.children()) {
            if (!crawl.fetcher().allowedHost(child.uri())) {
                throw new SourceException("sitemap " + uri + " points to a foreign sitemap " + child.uri());
            }
            collect(crawl, child.uri(), depth + 1, seen, posts, pages);
        }
        for (SitemapParser.Loc page : map.pages()) {
            URI p = page.uri();
            if (crawl.fetcher().allowedHost(p) && posts.isPost(p)) {
                pages.putIfAbsent(PostUrls.slug(p), new Crawl.PageRef(p, PostUrls.slug(p), page.lastmod()));
            }
        }
    }

    @Override
    public String describe() {
        return kind + " " + sitemap;
    }
}
