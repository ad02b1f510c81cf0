package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapParserTest {

    private static SitemapParser.Sitemap parse(String url, String contentType, String xml) throws SourceException {
        return SitemapParser.parse(URI.create(url), contentType, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static SitemapParser.Loc loc(String url, String instant) {
        return new SitemapParser.Loc(URI.create(url), instant == null ? null : Instant.parse(instant));
    }

    @Test
    void readsAnRssFeedsItemsWithTheirPublicationDatesButNotTheChannelLink() throws Exception {
        SitemapParser.Sitemap feed = parse("https://example.org/tags/x/index.xml", "application/rss+xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>t</title><link>https://example.org/tags/x/</link>
                <item><title>a</title><link>https://example.org/blog/a/</link>
                  <pubDate>Fri, 02 Aug 2019 16:00:00 +0800</pubDate></item>
                <item><title>b</title><link> https://example.org/blog/b/ </link></item>
                </channel></rss>
                """);
        assertThat(feed.children()).isEmpty();
        assertThat(feed.feed()).isTrue();
        assertThat(feed.pages()).containsExactly(
                loc("https://example.org/blog/a/", "2019-08-02T08:00:00Z"),
                loc("https://example.org/blog/b/", null));
    }

    @Test
    void readsHugosTagFeedAsTheSiteServesIt() throws Exception {
        SitemapParser.Sitemap feed = parse("https://example.org/tags/sofa-weekly/index.xml",
                "application/rss+xml; charset=utf-8", """
                <?xml version="1.0" encoding="utf-8" standalone="yes"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                  <channel>
                    <title>SOFA Weekly on Example</title>
                    <link>https://example.org/tags/sofa-weekly/</link>
                    <description>Recent content in SOFA Weekly on Example</description>
                    <generator>Hugo -- gohugo.io</generator>
                    <language>zh</language>
                    <lastBuildDate>Fri, 10 Mar 2023 00:00:00 +0800</lastBuildDate>
                    <atom:link href="https://example.org/tags/sofa-weekly/index.xml" rel="self" type="application/rss+xml" />
                    <item>
                      <title>SOFA Weekly | 新版本 &amp; 问答</title>
                      <link>https://example.org/blog/sofa-weekly-20230310/</link>
                      <pubDate>Fri, 10 Mar 2023 00:00:00 +0800</pubDate>
                      <guid>https://example.org/blog/sofa-weekly-20230310/</guid>
                      <description>&lt;p&gt;本周问答 &amp;amp; 发布&lt;/p&gt;</description>
                    </item>
                    <item>
                      <title>SOFA Weekly | 活动</title>
                      <link>/blog/sofa-weekly-20230303/#top</link>
                      <pubDate>Mon, 6 Mar 2023 09:05:00 GMT</pubDate>
                      <guid>/blog/sofa-weekly-20230303/</guid>
                      <description><![CDATA[<p>活动预告</p>]]></description>
                    </item>
                  </channel>
                </rss>
                """);
        assertThat(feed.feed()).isTrue();
        assertThat(feed.pages()).as("relative links resolved, fragments dropped, RFC 822 dates read").containsExactly(
                loc("https://example.org/blog/sofa-weekly-20230310/", "2023-03-09T16:00:00Z"),
                loc("https://example.org/blog/sofa-weekly-20230303/", "2023-03-06T09:05:00Z"));
    }

    /*
     * crawler-commons takes an entry's first link, or a later one without rel: the shape of WordPress,
     * jekyll-feed and GitHub feeds (alternate first). An entry that lists rel="edit" before its
     * alternate link would yield the edit URL, which the post filter then leaves out.
     */
    @Test
    void readsAnAtomFeedsEntryLinksAndUpdatedDates() throws Exception {
        SitemapParser.Sitemap feed = parse("https://example.org/feed.xml", "application/atom+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh">
                  <title>Example</title>
                  <link rel="alternate" type="text/html" href="https://example.org/"/>
                  <link rel="self" type="application/atom+xml" href="https://example.org/feed.xml"/>
                  <updated>2023-01-07T15:00:00Z</updated>
                  <entry>
                    <title>a</title>
                    <link rel="alternate" type="text/html" href="https://example.org/blog/a/"/>
                    <link rel="replies" type="text/html" href="https://example.org/blog/a/#comments"/>
                    <id>https://example.org/?p=1</id>
                    <updated>2023-01-06T15:00:00+08:00</updated>
                    <published>2023-01-05T15:00:00+08:00</published>
                  </entry>
                  <entry>
                    <title>b</title>
                    <link href="https://example.org/blog/b/"/>
                    <updated>2023-01-07T15:00:00Z</updated>
                  </entry>
                </feed>
                """);
        assertThat(feed.feed()).isTrue();
        assertThat(feed.pages()).containsExactly(
                loc("https://example.org/blog/a/", "2023-01-06T07:00:00Z"),
                loc("https://example.org/blog/b/", "2023-01-07T15:00:00Z"));
    }

    @Test
    void readsHugosSitemapIndexAsNestedSitemaps() throws Exception {
        SitemapParser.Sitemap index = parse("https://example.org/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="utf-8" standalone="yes"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap>
                    <loc>https://example.org/zh/sitemap.xml</loc>
                    <lastmod>2023-03-10T00:00:00+08:00</lastmod>
                  </sitemap>
                  <sitemap>
                    <loc>/en/sitemap.xml</loc>
                  </sitemap>
                </sitemapindex>
                """);
        assertThat(index.feed()).isFalse();
        assertThat(index.pages()).isEmpty();
        assertThat(index.children()).containsExactly(
                loc("https://example.org/zh/sitemap.xml", "2023-03-09T16:00:00Z"),
                loc("https://example.org/en/sitemap.xml", null));
    }

    @Test
    void keepsPagesOutsideTheSitemapsFolderAndReadsW3cDates() throws Exception {
        SitemapParser.Sitemap set = parse("https://example.org/zh/sitemap.xml", "text/xml; charset=utf-8", """
                <?xml version="1.0" encoding="utf-8" standalone="yes"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                  xmlns:xhtml="http://www.w3.org/1999/xhtml">
                  <url>
                    <loc>https://example.org/blog/sofa-weekly-20230310/</loc>
                    <lastmod>2023-03-10T00:00:00+08:00</lastmod>
                    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/blog/x/"/>
                  </url>
                  <url><loc>https://example.org/blog/minutes/</loc><lastmod>2023-03-10T16:00+08:00</lastmod></url>
                  <url><loc>https://example.org/blog/day/</loc><lastmod>2023-03-10</lastmod></url>
                  <url><loc>https://example.org/blog/bad-date/</loc><lastmod>soon</lastmod></url>
                  <url><loc>ftp://example.org/blog/not-web/</loc></url>
                  <url><loc>https://other.example/blog/elsewhere/</loc></url>
                </urlset>
                """);
        assertThat(set.feed()).isFalse();
        assertThat(set.children()).isEmpty();
        assertThat(set.pages()).as("root pages of /zh/sitemap.xml kept; other hosts are the crawler's call").containsExactly(
                loc("https://example.org/blog/sofa-weekly-20230310/", "2023-03-09T16:00:00Z"),
                loc("https://example.org/blog/minutes/", "2023-03-10T08:00:00Z"),
                loc("https://example.org/blog/day/", "2023-03-10T00:00:00Z"),
                loc("https://example.org/blog/bad-date/", null),
                loc("https://other.example/blog/elsewhere/", null));
    }

    @Test
    void aTruncatedSitemapFailsWithItsUrlAndTheReason() {
        assertThatThrownBy(() -> parse("https://example.org/sitemap.xml", "application/xml", """
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://example.org/blog/a/</loc></url>
                  <url><loc>https://example.org/blog/b
                """))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("malformed sitemap https://example.org/sitemap.xml: ")
                .hasMessageContaining("XML document structures must start and end within the same entity");
    }

    @Test
    void aDocumentThatIsNoSitemapOrFeedFails() {
        assertThatThrownBy(() -> parse("https://example.org/sitemap.xml", "application/xml",
                "<html><body><a href=\"/blog/a/\">a</a></body></html>"))
                .isInstanceOf(SourceException.class).hasMessageContaining("Unknown XML format");
    }

    @Test
    void refusesDtdsAndTheirEntities() {
        assertThatThrownBy(() -> parse("https://example.org/sitemap.xml", "application/xml", """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <urlset><url><loc>https://example.org/blog/&secret;/</loc></url></urlset>
                """))
                .isInstanceOf(SourceException.class).hasMessageContaining("DOCTYPE");
    }
}
