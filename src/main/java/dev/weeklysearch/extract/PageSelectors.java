package dev.weeklysearch.extract;

/**
 * Where a crawled HTML page keeps its parts (CSS selectors).
 *
 * @param content the post body (content root of the entry extraction)
 * @param title   the post title
 * @param date    an element whose text starts with the date ({@code yyyy-MM-dd})
 * @param tags    the tag links
 */
public record PageSelectors(String content, String title, String date, String tags) {

    /** The live site's Hugo theme. */
    public static PageSelectors defaults() {
        return new PageSelectors("article.typo", ".ss-meta h1.title", ".ss-meta .meta", ".ss-meta .tags a, .ss-meta a[href*=/tags/]");
    }
}
