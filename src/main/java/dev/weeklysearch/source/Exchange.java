package dev.weeklysearch.source;

import dev.weeklysearch.source.Fetcher.Expect;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One GET of one URL, as {@link Fetcher} asks for it: our User-Agent and Accept, a conditional request
 * when validators are given, a time-out on the whole exchange, and a body read only while it is of the
 * expected type and within the size limit (an error page's body is kept short). Counted in the stats.
 */
final class Exchange {
    private static final long ERROR_BODY_BYTES = 64 * 1024;

    private final HttpClient client;
    private final CrawlOptions options;
    private final CrawlStats stats;

    Exchange(HttpClient client, CrawlOptions options, CrawlStats stats) {
        this.client = client;
        this.options = options;
        this.stats = stats;
    }

    HttpResponse<LimitedBody.Result> get(URI uri, Expect expect, String etag, String lastModified)
            throws IOException, InterruptedException, TimeoutException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", expect == Expect.XML ? "application/xml, text/xml" : expect == Expect.HTML
                        ? "text/html, application/xhtml+xml" : "*/*");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        stats.request();
        CompletableFuture<HttpResponse<LimitedBody.Result>> future = client.sendAsync(b.build(), info -> {
            if (info.statusCode() != 200) {
                return LimitedBody.upTo(ERROR_BODY_BYTES);
            }
            String type = info.headers().firstValue("Content-Type").orElse("");
            if (!expect.accepts(type)) {
                return LimitedBody.rejected(expect == Expect.XML ? "not XML" : "not HTML");
            }
            if (info.headers().firstValueAsLong("Content-Length").orElse(-1) > options.maxPageBytes()) {
                return LimitedBody.rejected("too large");
            }
            return LimitedBody.upTo(options.maxPageBytes());
        });
        try {
            return future.get(options.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
