package dev.weeklysearch.index;

import dev.weeklysearch.extract.Link;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English words of the slugs an entry links to: a site names its Chinese posts in English in
 * their addresses ("SOFARPC 优雅关闭剖析" is {@code /blog/sofa-rpc-graceful-exit/}), so the slug
 * is the archive's own English name for what the entry says in Chinese. Only a last path segment
 * of hyphenated words counts; numbers, query strings and opaque ids ({@code ?__biz=…}) are no name.
 */
final class SlugWords {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)+");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:html?|md)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private SlugWords() {
    }

    /** The slugs' words, space-separated, each once; "" when no link has a slug. */
    static String of(List<Link> links) {
        Set<String> words = new LinkedHashSet<>();
        for (Link link : links) {
            String slug = slug(link.url());
            if (slug != null) {
                for (String w : slug.split("-")) {
                    if (!NUMBER.matcher(w).matches()) {
                        words.add(w);
                    }
                }
            }
        }
        return String.join(" ", new ArrayList<>(words));
    }

    private static String slug(String url) {
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return null; // not an address: it names nothing
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isEmpty()) {
                String last = EXTENSION.matcher(segments[i].toLowerCase(Locale.ROOT)).replaceFirst("");
                return SLUG.matcher(last).matches() ? last : null;
            }
        }
        return null;
    }
}
