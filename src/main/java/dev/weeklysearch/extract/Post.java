package dev.weeklysearch.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * A newsletter post.
 *
 * @param slug     the post's file or URL path name
 * @param title    display title, cleaned of doubled prefixes and stray spaces
 * @param date     publication date (front matter, or the page's meta line)
 * @param url      the post's public URL
 * @param location where the source read it (file path or URL)
 * @param tags     tags from front matter or the page
 */
public record Post(String slug, String title, LocalDate date, String url, String location, List<String> tags) {
    public Post {
        tags = List.copyOf(tags);
    }
}
