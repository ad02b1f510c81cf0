package dev.weeklysearch.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a sitemap {@code urlset} or {@code sitemapindex}, or a feed (RSS 2.0 {@code <item><link>}
 * with {@code <pubDate>}, Atom {@code <entry><link href>} with {@code <updated>}), with
 * crawler-commons' parser over bytes the {@link Fetcher} already fetched: the library never fetches,
 * so robots.txt, the throttle, conditional requests and the size cap stay ours. DTDs are refused.
 */
final class SitemapParser {

    /** One page or nested sitemap: its normalised URL and its date (null when absent or unreadable). */
    record Loc(URI uri, Instant lastmod) {
    }

    /**
     * {@code children} are nested sitemaps of an index, {@code pages} the URLs of a urlset or feed;
     * {@code feed} tells an RSS or Atom document from a sitemap.
     */
    record Sitemap(List<Loc> children, List<Loc> pages, boolean feed) {
    }

    private SitemapParser() {
    }

    /**
     * @param uri         where the document was fetched; relative locations resolve against it
     * @param contentType the response's Content-Type (the parser sniffs the body when it is vague)
     * @throws SourceException when the body is not a sitemap or feed, or is broken or truncated
     */
    static Sitemap parse(URI uri, String contentType, byte[] body) throws SourceException {
        // strict=false: sitemaps.org admits only URLs under the sitemap's own folder, but Hugo's
        // /zh/sitemap.xml lists posts at the root; which hosts may be crawled is Fetcher's rule.
        // allowPartial=false: a broken sitemap fails the source rather than yielding half its posts.
        SiteMapParser parser = new SiteMapParser(false, false);
        parser.setURLFilter((String loc) -> normalize(uri, loc));
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType, body, uri.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            Throwable why = e.getCause() != null ? e.getCause() : e;
            throw new SourceException("malformed sitemap " + uri + ": " + why.getMessage(), e);
        }
        return switch (map) {
            case SiteMapIndex index -> new Sitemap(locs(index.getSitemaps().stream()
                    .map(s -> new Loc(uri(s.getUrl().toString()), instant(s.getLastModified())))), List.of(), false);
            case SiteMap set -> new Sitemap(List.of(), locs(set.getSiteMapUrls().stream()
                    .map(u -> new Loc(uri(u.getUrl().toString()), instant(u.getLastModified())))),
                    set.getType() == AbstractSiteMap.SitemapType.RSS || set.getType() == AbstractSiteMap.SitemapType.ATOM);
            default -> throw new SourceException("malformed sitemap " + uri + ": unknown kind " + map.getType());
        };
    }

    /** The URL filter: relative locations resolved, fragments dropped, anything but http(s) left out (null). */
    private static String normalize(URI base, String loc) {
        try {
            URI u = PostUrls.normalize(base.resolve(loc.strip()));
            return u == null ? null : u.toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Loc> locs(Stream<Loc> locs) {
        return locs.filter(l -> l.uri() != null).toList();
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
