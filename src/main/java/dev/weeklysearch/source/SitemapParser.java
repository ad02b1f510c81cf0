package dev.weeklysearch.source;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sitemap {@code urlset} or {@code sitemapindex}, or a feed (RSS {@code <item><link>} with
 * {@code <pubDate>}, Atom {@code <entry><link href>} with {@code <updated>}) as a list of pages; DTDs
 * and external entities are refused.
 */
final class SitemapParser {

    /** One {@code <loc>} with its {@code <lastmod>} (null when absent or unreadable). */
    record Loc(String loc, Instant lastmod) {
    }

    /**
     * {@code children} are nested sitemaps of an index, {@code pages} the URLs of a urlset or feed;
     * {@code feed} tells an RSS or Atom document from a sitemap.
     */
    record Sitemap(List<Loc> children, List<Loc> pages, boolean feed) {
    }

    private SitemapParser() {
    }

    static Sitemap parse(byte[] xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        List<Loc> children = new ArrayList<>();
        List<Loc> pages = new ArrayList<>();
        String entry = null;
        String loc = null;
        String lastmod = null;
        StringBuilder text = new StringBuilder();
        String root = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (root == null) {
                        root = name;
                    }
                    if (name.equals("sitemap") || name.equals("url") || name.equals("item") || name.equals("entry")) {
                        entry = name;
                        loc = null;
                        lastmod = null;
                    } else if (name.equals("link") && entry != null && r.getAttributeValue(null, "href") != null
                            && (loc == null || "alternate".equals(r.getAttributeValue(null, "rel")))) {
                        loc = r.getAttributeValue(null, "href").strip();
                    }
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("loc") || name.equals("link") && entry != null && !text.isEmpty() && loc == null) {
                        loc = text.toString().strip();
                    } else if (name.equals("lastmod") || name.equals("updated") && entry != null) {
                        lastmod = text.toString().strip();
                    } else if (name.equals("pubDate") && entry != null) {
                        Instant rfc822 = Crawl.httpDate(text.toString());
                        lastmod = rfc822 == null ? null : rfc822.toString();
                    } else if (name.equals(entry) && loc != null && !loc.isEmpty()) {
                        (name.equals("sitemap") ? children : pages).add(new Loc(loc, instant(lastmod)));
                        entry = null;
                    }
                }
            }
        } finally {
            r.close();
        }
        return new Sitemap(children, pages, "rss".equals(root) || "feed".equals(root));
    }

    static Instant instant(String w3c) {
        if (w3c == null || w3c.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(w3c).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(w3c.length() >= 10 ? w3c.substring(0, 10) : w3c)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
