package dev.weeklysearch.extract;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which posts are SOFA Weekly posts: those that carry one of the tags or categories, or whose title
 * starts with one of the title prefixes. Names compare case-insensitively and ignore spaces, hyphens
 * and a leading {@code #}, so {@code "SOFA WEEKLY"}, the page's {@code #SOFA Weekly} link and its
 * {@code /tags/sofa-weekly/} slug all match {@code "SOFA Weekly"}. The title prefix keeps the few
 * newsletters filed under another tag (four are tagged only {@code SOFAStack}).
 *
 * @param tags          tags that mark a weekly post
 * @param categories    categories that mark a weekly post
 * @param titlePrefixes title beginnings that mark a weekly post
 */
public record WeeklyRule(List<String> tags, List<String> categories, List<String> titlePrefixes) {
    private static final Pattern IGNORED = Pattern.compile("[\\s\\u00a0\\u3000_-]+|^#");

    public WeeklyRule {
        tags = tags.stream().map(WeeklyRule::key).filter(k -> !k.isEmpty()).toList();
        categories = categories.stream().map(WeeklyRule::key).filter(k -> !k.isEmpty()).toList();
        titlePrefixes = titlePrefixes.stream().map(WeeklyRule::key).filter(k -> !k.isEmpty()).toList();
    }

    /** Tag, category and title prefix "SOFA Weekly". */
    public static WeeklyRule defaults() {
        return new WeeklyRule(List.of("SOFA Weekly"), List.of("SOFA Weekly"), List.of("SOFA Weekly"));
    }

    /**
     * A Markdown post by its front matter. A post that declares neither tags nor categories is kept:
     * a plain folder of posts has nothing to filter on, and its owner chose its files.
     */
    boolean keepsMarkdown(String title, List<String> postTags, List<String> postCategories) {
        if (postTags.isEmpty() && postCategories.isEmpty()) {
            return true;
        }
        return anyIn(postTags, tags) || anyIn(postCategories, categories) || titleMatches(title);
    }

    /**
     * A crawled page by the tag links it shows (their text and their {@code /tags/<slug>/} path). The
     * site renders tags but not categories, so tag links count against both lists. A page without
     * them is not kept unless its title says it is a weekly post: pages of a crawl are anything the
     * site publishes.
     */
    boolean keepsPage(String title, List<String> tagTexts, List<String> tagSlugs) {
        return anyIn(tagTexts, tags) || anyIn(tagSlugs, tags) || anyIn(tagTexts, categories)
                || anyIn(tagSlugs, categories) || titleMatches(title);
    }

    private boolean titleMatches(String title) {
        String t = key(title);
        return titlePrefixes.stream().anyMatch(t::startsWith);
    }

    private static boolean anyIn(Collection<String> values, List<String> wanted) {
        return values.stream().map(WeeklyRule::key).anyMatch(wanted::contains);
    }

    static String key(String s) {
        return s == null ? "" : IGNORED.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
