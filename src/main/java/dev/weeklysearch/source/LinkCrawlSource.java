package dev.weeklysearch.source;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Posts listed by a start page (e.g. {@code /tags/sofa-weekly/}) and its further listing pages:
 * <ul>
 * <li>{@code <a>} pagination under the start's path is followed where the page has it;</li>
 * <li>else the pages a script-drawn pagination declares ({@code data-total}) are read at Hugo's
 *     {@code <start>page/N/}, and without that either, {@code page/2/}, {@code page/3/} … are probed
 *     until one is missing or lists nothing new;</li>
 * <li>the listing's feed (announced in its head, else Hugo's {@code <start>index.xml}) adds the posts
 *     it lists and their dates, so that a recrawl skips known posts without a request.</li>
 * </ul>
 * Post pages are not followed.
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
        Document startPage = parse(crawl.required(start, Fetcher.Expect.HTML));
        if (startPage == null) {
            throw new SourceException("cannot read " + start + ": bad charset");
        }
        ListingPage first = ListingPage.of(startPage);
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        seen.add(start);
        boolean paginated = take(first, crawl, posts, pages, queue, seen);
        if (!paginated) {
            for (int n = 2; n <= Math.min(first.declaredPages(), MAX_LISTING_PAGES); n++) {
                if (seen.add(page(n))) {
                    queue.add(page(n));
                }
            }
        }
        int listings = 1;
        while (!queue.isEmpty() && listings++ < MAX_LISTING_PAGES) {
            ListingPage listing = listingOrNull(crawl, queue.poll(), sink, false);
            if (listing != null) {
                take(listing, crawl, posts, pages, queue, seen);
            }
        }
        if (!paginated && first.declaredPages() == 0) {
            probe(crawl, posts, pages, sink, seen);
        }
        readFeed(crawl, first.feed() != null ? first.feed() : URI.create(prefix + "index.xml"), posts, pages, sink);
    }

    /** Takes a listing's post links and queues its pagination links; true when it had any. */
    private boolean take(ListingPage listing, Crawl crawl, PostUrls posts, Map<String, Crawl.PageRef> pages,
            Deque<URI> queue, Set<URI> seen) {
        boolean paginated = false;
        for (URI link : listing.links()) {
            if (!crawl.fetcher().allowedHost(link)) {
                continue;
            }
            if (posts.isPost(link)) {
                pages.putIfAbsent(PostUrls.slug(link), new Crawl.PageRef(link, PostUrls.slug(link), null));
            } else if (link.toString().startsWith(prefix) && !link.getPath().endsWith(".xml")) {
                paginated |= !link.equals(start);
                if (seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return paginated;
    }

    /** No pagination in the page at all: Hugo's pages are asked for in turn until one is missing or adds nothing. */
    private void probe(Crawl crawl, PostUrls posts, Map<String, Crawl.PageRef> pages, PostSink sink, Set<URI> seen) {
        for (int n = 2; n <= MAX_LISTING_PAGES && seen.add(page(n)); n++) {
            ListingPage listing = listingOrNull(crawl, page(n), sink, true);
            int before = pages.size();
            if (listing == null) {
                return;
            }
            take(listing, crawl, posts, pages, new ArrayDeque<>(), new HashSet<>(seen));
            if (pages.size() == before) {
                return;
            }
        }
    }

    private URI page(int n) {
        return URI.create(prefix + "page/" + n + "/");
    }

    /** The listing's feed: its posts join the list, and its dates let a recrawl skip known posts. */
    private void readFeed(Crawl crawl, URI feed, PostUrls posts, Map<String, Crawl.PageRef> pages, PostSink sink) {
        if (!crawl.fetcher().allowedHost(feed)) {
            return;
        }
        Fetched f = crawl.fetcher().get(feed, Fetcher.Expect.XML, null, null);
        if (!(f instanceof Fetched.Ok ok)) {
            if (f instanceof Fetched.Failed failed && !failed.gone()) {
                count(sink, new PostSink.Failure(feed.toString(), null, failed.reason(), false));
            }
            return;
        }
        try {
            for (SitemapParser.Loc item : SitemapParser.parse(feed, ok.contentType(), ok.body()).pages()) {
                URI u = item.uri();
                if (crawl.fetcher().allowedHost(u) && posts.isPost(u)) {
                    String slug = PostUrls.slug(u);
                    Crawl.PageRef known = pages.get(slug);
                    pages.put(slug, new Crawl.PageRef(known == null ? u : known.uri(), slug, item.lastmod()));
                }
            }
        } catch (SourceException e) {
            count(sink, new PostSink.Failure(feed.toString(), null, "malformed feed", false));
        }
    }

    /**
     * A listing page after the start: its failure is counted, the crawl goes on. A probed page that
     * does not exist is the end of the listing, not a failure.
     */
    private ListingPage listingOrNull(Crawl crawl, URI listing, PostSink sink, boolean probing) {
        Fetched f = crawl.fetcher().get(listing, Fetcher.Expect.HTML, null, null);
        if (f instanceof Fetched.Ok ok) {
            Document doc = parse(ok);
            if (doc != null) {
                return ListingPage.of(doc);
            }
        }
        if (probing && f instanceof Fetched.Failed failed && failed.gone()) {
            return null;
        }
        String reason = f instanceof Fetched.Failed failed ? failed.reason() : "bad charset";
        count(sink, new PostSink.Failure(listing.toString(), null, reason, false));
        return null;
    }

    private void count(PostSink sink, PostSink.Failure failure) {
        new CountingSink(sink, stats()).failed(failure);
    }

    private static Document parse(Fetched.Ok ok) {
        return PageCharset.decode(ok.body(), ok.contentType())
                .map(text -> Jsoup.parse(text, ok.uri().toString()))
                .orElse(null);
    }

    @Override
    public String describe() {
        return "listing " + start;
    }
}
