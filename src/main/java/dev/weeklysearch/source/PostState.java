package dev.weeklysearch.source;

/**
 * What the index remembers of a post from the last run, handed back to sources so that they can
 * skip unchanged posts (a conditional GET, a sitemap lastmod) instead of fetching them again.
 *
 * @param slug         the post's slug
 * @param location     where it was read (file path or URL)
 * @param contentHash  hash of the raw bytes last indexed
 * @param etag         ETag of the last fetch, null when none
 * @param lastModified Last-Modified of the last fetch (HTTP date), null when none
 */
public record PostState(String slug, String location, String contentHash, String etag, String lastModified) {
}
