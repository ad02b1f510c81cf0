package dev.weeklysearch.http;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.weeklysearch.search.Hit;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /feed}: a search a reader can subscribe to, as an Atom 1.0 feed of the newest
 * {@value #ENTRIES} entries matching it. Feed readers poll: the answer carries an ETag (a digest of
 * the feed) and Last-Modified (the newest entry's post date), and a conditional request for an
 * unchanged feed gets 304 without a body.
 */
final class FeedController {
    static final int ENTRIES = 20;
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final int SUMMARY_CHARS = 300;

    private final Searcher searcher;

    FeedController(Searcher searcher) {
        this.searcher = searcher;
    }

    void feed(Context ctx) throws IOException {
        // The same rules and 400s as /search, newest first; no paging: a feed is its newest entries.
        SearchRequest request = SearchRequest.of(ctx.queryParam("q"), "1", String.valueOf(ENTRIES),
                ctx.queryParam("type"), ctx.queryParam("project"), ctx.queryParam("year"), "date");
        SearchResult result = searcher.search(request);
        byte[] body = write(atom(result, ctx.fullUrl()));
        String etag = etag(body);
        Instant newest = newest(result.hits());
        ctx.header("ETag", etag);
        if (newest != null) {
            ctx.header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(newest.atOffset(ZoneOffset.UTC)));
        }
        ctx.header("Cache-Control", "public, max-age=300");
        if (unchanged(ctx, etag, newest)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType(ATOM).result(body);
    }

    /** RFC 9110: If-None-Match decides when present; If-Modified-Since only without it. */
    private static boolean unchanged(Context ctx, String etag, Instant newest) {
        String match = ctx.header("If-None-Match");
        if (match != null) {
            for (String tag : match.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        String since = ctx.header("If-Modified-Since");
        if (since == null || newest == null) {
            return false;
        }
        try {
            return !newest.isAfter(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(since.strip())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Feed atom(SearchResult result, String self) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(urn("feed:" + self));
        feed.setTitle("SOFA Weekly: " + result.query());
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        Instant newest = newest(result.hits());
        feed.setUpdated(Date.from(newest == null ? Instant.EPOCH : newest));
        List<Entry> entries = new ArrayList<>();
        for (Hit hit : result.hits()) {
            Entry e = new Entry();
            e.setId(urn("entry:" + hit.id()));
            e.setTitle(hit.title());
            e.setAlternateLinks(List.of(link("alternate", hit.url(), "text/html")));
            Instant date = date(hit);
            e.setUpdated(Date.from(date == null ? Instant.EPOCH : date));
            Content summary = new Content();
            summary.setType("text");
            summary.setValue(snippet(hit));
            e.setSummary(summary);
            entries.add(e);
        }
        feed.setEntries(entries);
        return feed;
    }

    private static byte[] write(Feed feed) {
        try {
            return new WireFeedOutput().outputString(feed).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
    }

    /** The highlighted snippet as plain text (the marks dropped), else the start of the entry's text. */
    private static String snippet(Hit hit) {
        String text = hit.highlights() == null ? null : hit.highlights().get("text");
        String plain = (text == null || text.isBlank() ? hit.text() : text.replaceAll("</?mark>", ""))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
        return plain.length() > SUMMARY_CHARS ? plain.substring(0, SUMMARY_CHARS - 1) + "…" : plain;
    }

    private static Instant newest(List<Hit> hits) {
        Instant newest = null;
        for (Hit h : hits) {
            Instant d = date(h);
            if (d != null && (newest == null || d.isAfter(newest))) {
                newest = d;
            }
        }
        return newest;
    }

    private static Instant date(Hit hit) {
        if (hit.post() == null || hit.post().date() == null || hit.post().date().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(hit.post().date()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Link link(String rel, String href, String type) {
        Link l = new Link();
        l.setRel(rel);
        l.setHref(href);
        l.setType(type);
        return l;
    }

    /** A stable, valid Atom id for a name (an entry's id, a feed's URL). */
    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
