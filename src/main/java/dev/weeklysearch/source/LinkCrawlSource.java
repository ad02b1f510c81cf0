package dev.weeklysearch.source;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Posts linked from a start page (e.g. {@code /tags/sofa-weekly/}) and from the listing pages under
 * the start's path prefix (its pagination). Only links inside {@code <main>} count when the page has
 * one, so navigation, asides and footers do not pull in unrelated posts. Post pages are not followed.
 */
public final class LinkCrawlSource extends WebSource {

    private static final int MAX_LISTING_PAGES = 1000;

    private final URI start;
    private final String prefix;

    public LinkCrawlSource(URI start, CrawlOptions options) {
        super(start, options);
        this.start = PostUrls.normalize(start);
        String s = this.start.toString();
        this.prefix = s.substring(0, s.lastIndexOf('/') + 1);
    }

    @Override
    void findPosts(Crawl crawl, PostUrls posts, Map<String, Crawl.PageRef> pages, PostSink sink)
            throws SourceException {
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        queue.add(start);
        seen.add(start);
        int listings = 0;
        while (!queue.isEmpty() && listings++ < MAX_LISTING_PAGES) {
            URI listing = queue.poll();
            Document doc = listing.equals(start) ? parse(crawl.required(start, Fetcher.Expect.HTML))
                    : listingOrNull(crawl, listing, sink);
            if (doc == null) {
                continue;
            }
            for (URI link : links(doc)) {
                if (!crawl.fetcher().allowedHost(link)) {
                    continue;
                }
                if (posts.isPost(link)) {
                    String slug = PostUrls.slug(link);
                    pages.putIfAbsent(slug, new Crawl.PageRef(link, slug, null));
                } else if (link.toString().startsWith(prefix) && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
    }

    /** A listing page after the start: its failure is counted, the crawl goes on. */
    private Document listingOrNull(Crawl crawl, URI listing, PostSink sink) {
        Fetched f = crawl.fetcher().get(listing, Fetcher.Expect.HTML, null, null);
        if (f instanceof Fetched.Ok ok) {
            Document doc = parse(ok);
            if (doc != null) {
                return doc;
            }
        }
        String reason = f instanceof Fetched.Failed failed ? failed.reason() : "bad charset";
        PostSink.Failure failure = new PostSink.Failure(listing.toString(), null, reason, false);
        new CountingSink(sink, stats(), CrawlListener.NONE).failed(failure);
        return null;
    }

    private static Document parse(Fetched.Ok ok) {
        return PageCharset.decode(ok.body(), ok.contentType())
                .map(text -> Jsoup.parse(text, ok.uri().toString()))
                .orElse(null);
    }

    private static Set<URI> links(Document doc) {
        Elements scope = doc.select("main");
        Elements anchors = scope.isEmpty() ? doc.select("a[href]") : scope.select("a[href]");
        Set<URI> out = new LinkedHashSet<>();
        for (Element a : anchors) {
            try {
                URI u = PostUrls.normalize(URI.create(a.attr("abs:href").strip().replace(" ", "%20")));
                if (u != null) {
                    out.add(u);
                }
            } catch (IllegalArgumentException e) {
                // an unparsable href is somebody else's typo, not a reason to stop the crawl
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "pages linked from " + start;
    }
}
