package dev.weeklysearch.source;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the HTTP sources fetch: politeness, limits, retries and which URLs count as posts.
 *
 * @param userAgent      sent with every request; its first token is the agent matched in robots.txt
 * @param concurrency    pages fetched at the same time
 * @param perHostDelay   least time between two requests to one host
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-request timeout (headers and body)
 * @param maxRedirects   redirects followed per page before giving up
 * @param maxPageBytes   bodies larger than this are aborted and counted as "too large"
 * @param tries          attempts per URL on 5xx, 429, timeouts and I/O errors (1 = no retry)
 * @param backoff        wait before the 2nd try; doubled for every further try
 * @param include        regexes (find) a post URL must match; empty = everything under {@code /blog/} of an allowed host
 * @param exclude        regexes (find) that drop a URL; added to the built-in exclusion of listing pages
 * @param allowedHosts   hosts that may be fetched and redirected to; empty = the hosts of the configured URL
 */
public record CrawlOptions(String userAgent, int concurrency, Duration perHostDelay, Duration connectTimeout,
        Duration requestTimeout, int maxRedirects, long maxPageBytes, int tries, Duration backoff,
        List<String> include, List<String> exclude, Set<String> allowedHosts) {

    public CrawlOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        if (concurrency < 1 || tries < 1 || maxRedirects < 0 || maxPageBytes < 1) {
            throw new IllegalArgumentException("concurrency, tries and maxPageBytes must be positive, maxRedirects >= 0");
        }
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        allowedHosts = Set.copyOf(allowedHosts);
    }

    public static CrawlOptions defaults() {
        return new CrawlOptions(defaultUserAgent(), 2, Duration.ofMillis(200), Duration.ofSeconds(5),
                Duration.ofSeconds(15), 5, 5L * 1024 * 1024, 3, Duration.ofMillis(500),
                List.of(), List.of(), Set.of());
    }

    public static String defaultUserAgent() {
        String version = CrawlOptions.class.getPackage().getImplementationVersion();
        return "weekly-search/" + (version == null ? "dev" : version) + " (+https://github.com/sofastack)";
    }

    public CrawlOptions withInclude(List<String> regexes) {
        return new CrawlOptions(userAgent, concurrency, perHostDelay, connectTimeout, requestTimeout, maxRedirects,
                maxPageBytes, tries, backoff, regexes, exclude, allowedHosts);
    }

    public CrawlOptions withExclude(List<String> regexes) {
        return new CrawlOptions(userAgent, concurrency, perHostDelay, connectTimeout, requestTimeout, maxRedirects,
                maxPageBytes, tries, backoff, include, regexes, allowedHosts);
    }

    /** Politeness: how many requests at once, and the pause between two requests to one host. */
    public CrawlOptions withPace(int concurrency, Duration perHostDelay) {
        return new CrawlOptions(userAgent, concurrency, perHostDelay, connectTimeout, requestTimeout, maxRedirects,
                maxPageBytes, tries, backoff, include, exclude, allowedHosts);
    }

    /** The product token robots.txt groups are matched against, e.g. {@code weekly-search}. */
    String agentToken() {
        int slash = userAgent.indexOf('/');
        int space = userAgent.indexOf(' ');
        int end = slash > 0 ? slash : space > 0 ? space : userAgent.length();
        return userAgent.substring(0, end);
    }
}
