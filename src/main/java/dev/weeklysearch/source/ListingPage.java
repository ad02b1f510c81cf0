package dev.weeklysearch.source;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * What one listing page offers a crawl: its links (inside {@code <main>} when the page has one, so
 * navigation, asides and footers do not pull in unrelated posts), the page count a script-drawn
 * pagination declares ({@code <nav class="ss-pagination" data-total="19">}), and the feed it
 * announces in its head.
 */
record ListingPage(Set<URI> links, int declaredPages, URI feed) {

    static ListingPage of(Document doc) {
        Elements scope = doc.select("main");
        Elements anchors = scope.isEmpty() ? doc.select("a[href]") : scope.select("a[href]");
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : anchors) {
            URI u = uri(a.attr("abs:href"));
            if (u != null) {
                links.add(u);
            }
        }
        int pages = 0;
        for (Element nav : doc.select("[data-total]")) {
            try {
                pages = Math.max(pages, Integer.parseInt(nav.attr("data-total").strip()));
            } catch (NumberFormatException e) {
                // a pagination the script could not draw either; the probe finds the pages
            }
        }
        Element feed = doc.selectFirst("link[rel=alternate][type~=(?i)application/(rss|atom)\\+xml][href]");
        return new ListingPage(links, pages, feed == null ? null : uri(feed.attr("abs:href")));
    }

    private static URI uri(String href) {
        try {
            return PostUrls.normalize(URI.create(href.strip().replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            // an unparsable href is somebody else's typo, not a reason to stop the crawl
            return null;
        }
    }
}
