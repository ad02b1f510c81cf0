package dev.weeklysearch.http;

import dev.weeklysearch.search.Searcher;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.RequestLogger;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Request counts and latency histograms per route, and the index size, in Prometheus text.
 *
 * <p>A timed handler only marks its request with the route and start time; the request is
 * recorded by {@link #recorder()}, Javalin's request logger, which runs once the exception
 * mappers have set the final status. Recording in the handler itself tagged a rejected request
 * with the status it had before its error was mapped (200).
 */
final class Metrics {
    private static final String ROUTE = "weeklysearch.route";
    private static final String START = "weeklysearch.start";

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

    /** Wraps a handler so that each call is timed under its route and final status. */
    Handler timed(String route, Handler handler) {
        return ctx -> {
            ctx.attribute(ROUTE, route);
            ctx.attribute(START, System.nanoTime());
            handler.handle(ctx);
        };
    }

    /** Records each timed request once its answer, errors included, is final. */
    RequestLogger recorder() {
        return (ctx, ms) -> {
            String route = ctx.attribute(ROUTE);
            Long start = ctx.attribute(START);
            if (route != null && start != null) {
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
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
