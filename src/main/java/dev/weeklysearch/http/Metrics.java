package dev.weeklysearch.http;

import dev.weeklysearch.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Request counts and latency histograms per route, and the index size, in Prometheus text. */
final class Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    Metrics(Searcher searcher) {
        Gauge.builder("weeklysearch_index_bytes", searcher, s -> {
            try {
                return s.indexBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).description("Size of the index folder").register(registry);
    }

    /** Counts refreshes by outcome ({@code weeklysearch_refreshes_total{outcome="ok|failed"}}); null: none. */
    void refreshes(Refresher refresher) {
        if (refresher == null) {
            return;
        }
        for (boolean ok : new boolean[] {true, false}) {
            FunctionCounter.builder("weeklysearch_refreshes", refresher, r -> r.count(ok))
                    .description("Background reindexes of the sources, by outcome")
                    .tag("outcome", ok ? "ok" : "failed")
                    .register(registry);
        }
    }

    /** Wraps a handler so that each call is timed under its route and status. */
    Handler timed(String route, Handler handler) {
        return ctx -> {
            long start = System.nanoTime();
            try {
                handler.handle(ctx);
            } finally {
                record(route, ctx, System.nanoTime() - start);
            }
        };
    }

    private void record(String route, Context ctx, long nanos) {
        Timer.builder("weeklysearch_http_requests")
                .description("HTTP requests by route and status")
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
