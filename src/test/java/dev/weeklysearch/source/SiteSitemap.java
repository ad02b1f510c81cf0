package dev.weeklysearch.source;

import java.util.List;

/** Sitemap XML of a {@link SiteServer}: an index pointing to one urlset per language, as Hugo does. */
final class SiteSitemap {

    /** Hugo's RSS date: {@code Fri, 02 Aug 2019 16:00:00 +0800}. */
    private static final java.time.format.DateTimeFormatter HUGO_DATE =
            java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", java.util.Locale.ROOT);

    private SiteSitemap() {
    }

    static String index(SiteServer site) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <sitemap><loc>" + site.url("/zh/sitemap.xml") + "</loc></sitemap>\n"
                + "  <sitemap><loc>" + site.url("/en/sitemap.xml") + "</loc></sitemap>\n"
                + "</sitemapindex>\n";
    }

    /** The tag's RSS feed as Hugo writes it: every tagged post with its link and publication date. */
    static String feed(SiteServer site, List<SitePages.Post> posts) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                + "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>SOFA Weekly on SOFAStack"
                + "</title><link>" + site.url("/tags/sofa-weekly/") + "</link><description>Recent content</description>\n");
        for (SitePages.Post p : posts) {
            xml.append("<item><title>").append(SitePages.escape(p.title())).append("</title><link>")
                    .append(site.url("/blog/" + p.slug() + "/")).append("</link><pubDate>")
                    .append(HUGO_DATE.format(p.published().atOffset(java.time.ZoneOffset.ofHours(8)))).append("</pubDate><guid>")
                    .append(site.url("/blog/" + p.slug() + "/")).append("</guid><description>…</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    static String urlset(SiteServer site, List<SitePages.Post> posts, boolean lastmod, List<String> extraPaths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        if (!posts.isEmpty()) {
            for (String path : List.of("/", "/blog/", "/blog/page/2/", "/tags/sofa-weekly/", "/blog/other-article/")) {
                xml.append("  <url><loc>").append(site.url(path)).append("</loc></url>\n");
            }
        }
        for (SitePages.Post p : posts) {
            xml.append("  <url><loc>").append(site.url("/blog/" + p.slug() + "/")).append("</loc>");
            if (lastmod) {
                xml.append("<lastmod>").append(SiteServer.w3c(site.page(p.slug()).lastmod())).append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        for (String path : extraPaths) {
            xml.append("  <url><loc>").append(site.url(path)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
