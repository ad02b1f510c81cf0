package dev.weeklysearch.source;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One run of an HTTP source: the client, the fetcher, the counters, and fetching posts in parallel. */
final class Crawl implements AutoCloseable {

    /** A post page to fetch; {@code lastmod} from the sitemap, else null. */
    record PageRef(URI uri, String slug, Instant lastmod) {
    }

    private final CrawlOptions options;
    private final CrawlStats stats;
    private final HttpClient client;
    private final Fetcher fetcher;

    Crawl(CrawlOptions options, Set<String> hosts, CrawlStats stats) {
        this.options = options;
        this.stats = stats;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .build();
        this.fetcher = new Fetcher(client, options, hosts, stats);
    }

    Fetcher fetcher() {
        return fetcher;
    }

    /** A page the whole source depends on (sitemap, start page): any failure is the source's failure. */
    Fetched.Ok required(URI uri, Fetcher.Expect expect) throws SourceException {
        Fetched f = fetcher.get(uri, expect, null, null);
        if (f instanceof Fetched.Ok ok) {
            return ok;
        }
        String reason = f instanceof Fetched.Failed failed ? failed.reason() : "unexpected 304";
        throw new SourceException("cannot read " + uri + ": " + reason);
    }

    /** Fetches every page with {@code options.concurrency()} threads and reports each to {@code sink}. */
    void fetchPosts(List<PageRef> pages, Map<String, PostState> known, PostSink sink) throws SourceException {
        PostSink counting = new CountingSink(sink, stats);
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (PageRef page : pages) {
                jobs.add(() -> {
                    fetchPost(page, known.get(page.slug()), counting);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("crawl interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void fetchPost(PageRef page, PostState known, PostSink sink) {
        String url = page.uri().toString();
        if (known != null && page.lastmod() != null) {
            Instant seen = httpDate(known.lastModified());
            if (seen != null && !page.lastmod().isAfter(seen)) {
                sink.unchanged(page.slug());
                return;
            }
        }
        Fetched f = fetcher.get(page.uri(), Fetcher.Expect.HTML,
                known == null ? null : known.etag(), known == null ? null : known.lastModified());
        switch (f) {
            case Fetched.NotModified n -> sink.unchanged(page.slug());
            case Fetched.Failed failed -> sink.failed(new PostSink.Failure(url, page.slug(), failed.reason(), failed.gone()));
            case Fetched.Ok ok -> {
                Optional<String> text = PageCharset.decode(ok.body(), ok.contentType());
                if (text.isEmpty()) {
                    sink.failed(new PostSink.Failure(url, page.slug(), "bad charset", false));
                    return;
                }
                // The sitemap lastmod is preferred as the stored validator: the next run compares it
                // with the next sitemap's lastmod, the same clock, without a request.
                String lastModified = page.lastmod() != null ? httpDate(page.lastmod()) : ok.lastModified();
                String finalUrl = ok.uri().toString();
                sink.accept(new RawPost(page.slug(), finalUrl, text.get().getBytes(StandardCharsets.UTF_8),
                        RawPost.Format.HTML, finalUrl, Instant.now(), ok.etag(), lastModified));
            }
        }
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() {
        // shutdownNow, not close: close() would wait for a cancelled slow request to finish
        client.shutdownNow();
    }
}
