package dev.weeklysearch.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * One post as a source delivers it, before anything reads its content.
 *
 * @param slug        the post's file or URL path name, e.g. {@code sofa-weekly-20190802}
 * @param location    where it came from: a file path or a URL
 * @param body        the raw bytes (UTF-8 Markdown, or HTML as fetched)
 * @param format      how to read {@code body}
 * @param url         the post's public URL when the source knows it (crawled pages), else null
 * @param fetchedAt   when the bytes were read
 */
public record RawPost(String slug, String location, byte[] body, Format format, String url, Instant fetchedAt) {

    public enum Format { MARKDOWN, HTML }

    public RawPost {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(format, "format");
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
