package dev.weeklysearch.source;

import java.util.List;

/** Sitemap XML of a {@link SiteServer}: an index pointing to one urlset per language, as Hugo does. */
final class SiteSitemap {

    private SiteSitemap() {
    }

    static String index(SiteServer site) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
                + "  <sitemap><loc>" + site.url("/zh/sitemap.xml") + "</loc></sitemap>\n"
                + "  <sitemap><loc>" + site.url("/en/sitemap.xml") + "</loc></sitemap>\n"
                + "</sitemapindex>\n";
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
