package dev.weeklysearch.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which URLs are posts, and the slug of a post URL. */
final class PostUrls {

    /** Listing pages that live under /blog/ too: the blog index and its pagination. */
    private static final List<Pattern> LISTINGS = List.of(
            Pattern.compile("/page/\\d+/?$"), Pattern.compile("^https?://[^/]+/blog/?$"));
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final List<Pattern> include = new ArrayList<>();
    private final List<Pattern> exclude = new ArrayList<>(LISTINGS);

    PostUrls(CrawlOptions options, Set<String> hosts) {
        if (options.include().isEmpty()) {
            for (String host : hosts) {
                include.add(Pattern.compile("^https?://" + Pattern.quote(host) + "(:\\d+)?/blog/.+",
                        Pattern.CASE_INSENSITIVE));
            }
        } else {
            options.include().forEach(r -> include.add(Pattern.compile(r)));
        }
        options.exclude().forEach(r -> exclude.add(Pattern.compile(r)));
    }

    boolean isPost(URI uri) {
        String s = uri.toString();
        return include.stream().anyMatch(p -> p.matcher(s).find()) && exclude.stream().noneMatch(p -> p.matcher(s).find());
    }

    /**
     * The last non-empty path segment; a purely numeric one (a dated sub-page such as
     * {@code /blog/sofa-weekly/20220923/}) is joined to its parent, as the corpus names that file
     * {@code sofa-weekly-20220923}.
     */
    static String slug(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        if (parts.length == 0) {
            return uri.getHost();
        }
        String last = parts[parts.length - 1].replaceFirst("\\.html?$", "");
        if (DIGITS.matcher(last).matches() && parts.length >= 3) {
            return parts[parts.length - 2] + "-" + last;
        }
        return last;
    }

    /** The URL without its fragment, or null when it is not a web URL. */
    static URI normalize(URI uri) {
        if (!Fetcher.isWeb(uri)) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path + query)
                    .normalize();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
