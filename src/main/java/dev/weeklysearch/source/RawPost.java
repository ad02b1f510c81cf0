package dev.weeklysearch.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One post as a source delivers it, before anything reads its content.
 *
 * @param slug         the post's file or URL path name, e.g. {@code sofa-weekly-20190802}
 * @param location     where it came from: a file path or a URL
 * @param body         the raw bytes (UTF-8 Markdown, or HTML decoded and re-encoded as UTF-8)
 * @param format       how to read {@code body}
 * @param url          the post's public URL when the source knows it (crawled pages), else null
 * @param fetchedAt    when the bytes were read
 * @param etag         HTTP ETag of the page, null when none (kept for the next conditional GET)
 * @param lastModified HTTP Last-Modified of the page, null when none
 */
public record RawPost(String slug, String location, byte[] body, Format format, String url, Instant fetchedAt,
        String etag, String lastModified) {

    public enum Format { MARKDOWN, HTML }

    public RawPost {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
    }

    /** A post read from a file: no URL, no HTTP validators. */
    public static RawPost ofFile(String slug, String location, byte[] body, Format format) {
        return new RawPost(slug, location, body, format, null, Instant.now(), null, null);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
