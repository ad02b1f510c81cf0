package dev.weeklysearch.source;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs one URL politely: robots.txt, per-host delay, manual redirects bounded in number and kept
 * on allowed hosts, retries with exponential backoff; each GET is one {@link Exchange} (its size limit
 * and content-type check).
 */
final class Fetcher {

    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    /** RFC 9309 2.3.1.2: at least five consecutive redirects are followed for robots.txt. */
    private static final int ROBOTS_REDIRECTS = 5;

    /** What kind of body is wanted. */
    enum Expect {
        HTML, XML, ANY;

        boolean accepts(String contentType) {
            String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return switch (this) {
                case HTML -> mime.equals("text/html") || mime.equals("application/xhtml+xml");
                case XML -> mime.equals("application/xml") || mime.equals("text/xml") || mime.endsWith("+xml");
                case ANY -> true;
            };
        }
    }

    private final Exchange exchange;
    private final CrawlOptions options;
    private final Set<String> hosts;
    private final CrawlStats stats;
    private final HostThrottle throttle;
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    Fetcher(HttpClient client, CrawlOptions options, Set<String> hosts, CrawlStats stats) {
        this.exchange = new Exchange(client, options, stats);
        this.options = options;
        this.hosts = hosts;
        this.stats = stats;
        this.throttle = new HostThrottle(options.perHostDelay());
    }

    static boolean isWeb(URI uri) {
        return uri.getScheme() != null && uri.getHost() != null
                && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"));
    }

    boolean allowedHost(URI uri) {
        return isWeb(uri) && hosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
    }

    /** GETs {@code start}, conditionally when a validator is given. Never throws. */
    Fetched get(URI start, Expect expect, String etag, String lastModified) {
        URI uri = start;
        for (int hop = 0; ; hop++) {
            if (!allowedHost(uri)) {
                return new Fetched.Failed(uri, hop == 0 ? "host not allowed" : "off-host redirect", false);
            }
            Robots rules = robotsFor(uri);
            if (!rules.allows(pathOf(uri))) {
                return new Fetched.Failed(uri, rules.denial(), false);
            }
            Object outcome = withRetries(uri, expect, etag, lastModified);
            if (outcome instanceof Fetched f) {
                return f;
            }
            URI next = (URI) outcome;
            if (hop + 1 > options.maxRedirects()) {
                return new Fetched.Failed(start, "too many redirects", false);
            }
            if (!isWeb(next)) {
                return new Fetched.Failed(start, "redirect to a non-web URL", false);
            }
            LOG.debug("{} redirects to {}", uri, next);
            uri = next;
        }
    }

    /** @return a {@link Fetched}, or the URI a redirect points to */
    private Object withRetries(URI uri, Expect expect, String etag, String lastModified) {
        String problem = null;
        for (int attempt = 1; attempt <= options.tries(); attempt++) {
            if (attempt > 1 && !sleep(options.backoff().multipliedBy(1L << (attempt - 2)))) {
                return new Fetched.Failed(uri, "interrupted", false);
            }
            try {
                throttle.await(uri.getHost());
                HttpResponse<LimitedBody.Result> r = exchange.get(uri, expect, etag, lastModified);
                int status = r.statusCode();
                stats.response(status, r.body().bytes().length);
                if (status >= 500 || status == 429) {
                    problem = "HTTP " + status;
                    continue;
                }
                return interpret(uri, r);
            } catch (TimeoutException | HttpTimeoutException e) {
                problem = "timeout";
            } catch (IOException e) {
                problem = "I/O error";
                LOG.debug("{}: {}", uri, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Fetched.Failed(uri, "interrupted", false);
            }
        }
        return new Fetched.Failed(uri, problem + " after " + options.tries() + " tries", false);
    }

    private Object interpret(URI uri, HttpResponse<LimitedBody.Result> r) {
        int status = r.statusCode();
        if (status == 304) {
            return new Fetched.NotModified(uri);
        }
        if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
            try {
                return uri.resolve(r.headers().firstValue("Location").get().strip());
            } catch (IllegalArgumentException e) {
                return new Fetched.Failed(uri, "bad redirect", false);
            }
        }
        if (status != 200) {
            return new Fetched.Failed(uri, "HTTP " + status, status == 404 || status == 410);
        }
        if (r.body().problem() != null) {
            return new Fetched.Failed(uri, r.body().problem(), false);
        }
        return new Fetched.Ok(uri, r.body().bytes(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null));
    }

    private Robots robotsFor(URI uri) {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        return robots.computeIfAbsent(origin, o -> readRobots(URI.create(o + "/robots.txt")));
    }

    /**
     * RFC 9309: up to five redirects are followed (to any host: the file may live elsewhere); 2xx is
     * parsed; 4xx and a longer redirect chain mean no rules; 5xx, time-outs and I/O errors after the
     * retries mean no crawling.
     */
    private Robots readRobots(URI start) {
        URI uri = start;
        for (int hop = 0; hop <= ROBOTS_REDIRECTS; hop++) {
            Object got = withRetries(uri, Expect.ANY, null, null);
            switch (got) {
                case URI next when isWeb(next) -> uri = next;
                case URI other -> {
                    return Robots.unavailable();
                }
                case Fetched.Ok ok -> {
                    return Robots.parse(ok.body(), options.agentToken());
                }
                case Fetched.Failed failed when failed.reason().startsWith("HTTP 4")
                        && !failed.reason().startsWith("HTTP 429") -> {
                    return Robots.unavailable();
                }
                default -> {
                    String why = got instanceof Fetched.Failed f ? f.reason() : String.valueOf(got);
                    LOG.warn("{} unreachable ({}): nothing on its host is crawled this time", uri, why);
                    return Robots.unreachable(why);
                }
            }
        }
        return Robots.unavailable();
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
