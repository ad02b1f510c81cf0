package dev.weeklysearch.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the source for a {@code --source} value. */
public final class Sources {

    private Sources() {
    }

    /**
     * An http(s) URL whose path ends with {@code .xml} is read as a sitemap or a feed (RSS, Atom: the
     * document says which); any other http(s) URL is a listing page to crawl; anything else is a
     * folder of Markdown posts (Hugo page bundles included) or one post file.
     */
    public static PostSource of(String spec, CrawlOptions options) {
        String lower = spec.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
                throw new IllegalArgumentException("only http and https URLs can be crawled: " + spec);
            }
            return new FolderSource(Path.of(spec.strip()));
        }
        URI uri = URI.create(spec.strip());
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        return path.endsWith(".xml") ? new SitemapSource(uri, options) : new LinkCrawlSource(uri, options);
    }
}
