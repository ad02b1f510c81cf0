package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapParserTest {

    private static SitemapParser.Sitemap parse(String xml) throws Exception {
        return SitemapParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnRssFeedsItemsWithTheirPublicationDatesButNotTheChannelLink() throws Exception {
        SitemapParser.Sitemap feed = parse("""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://example.org/tags/x/</link>
                <item><title>a</title><link>https://example.org/blog/a/</link>
                  <pubDate>Fri, 02 Aug 2019 16:00:00 +0800</pubDate></item>
                <item><title>b</title><link> https://example.org/blog/b/ </link></item>
                </channel></rss>
                """);
        assertThat(feed.children()).isEmpty();
        assertThat(feed.pages()).containsExactly(
                new SitemapParser.Loc("https://example.org/blog/a/", Instant.parse("2019-08-02T08:00:00Z")),
                new SitemapParser.Loc("https://example.org/blog/b/", null));
    }

    @Test
    void readsAnAtomFeedsAlternateLinksAndUpdatedDates() throws Exception {
        SitemapParser.Sitemap feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><link href="https://example.org/" rel="self"/>
                <entry><link rel="edit" href="https://example.org/edit/a"/>
                  <link rel="alternate" href="https://example.org/blog/a/"/>
                  <updated>2023-01-06T15:00:00+08:00</updated></entry>
                </feed>
                """);
        assertThat(feed.pages()).containsExactly(
                new SitemapParser.Loc("https://example.org/blog/a/", Instant.parse("2023-01-06T07:00:00Z")));
    }
}
