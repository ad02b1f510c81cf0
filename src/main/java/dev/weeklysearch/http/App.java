package dev.weeklysearch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web service: the search API, metrics, and the search box's static files. */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    /** Creates (does not start) the service over {@code searcher}, recording no insights. */
    public static Javalin create(Searcher searcher, ServiceConfig config) {
        return create(searcher, config, Insights.off());
    }

    /** Creates (does not start) the service over {@code searcher}; the caller closes {@code insights}. */
    public static Javalin create(Searcher searcher, ServiceConfig config, Insights insights) {
        ObjectMapper mapper = new ObjectMapper();
        SearchController api = new SearchController(searcher, mapper);
        EventsController events = new EventsController(searcher, insights, mapper);
        InsightsController owner = new InsightsController(searcher, insights, mapper);
        FeedController feeds = new FeedController(searcher);
        Metrics metrics = new Metrics(searcher);
        AdminGuard admin = new AdminGuard(config.adminToken());
        return Javalin.create(c -> {
            c.concurrency.useVirtualThreads = true;
            c.startup.showJavalinBanner = false;
            c.jsonMapper(new JavalinJackson(mapper, true));
            c.requestLogger.http(metrics.recorder());
            if (config.webDir() != null) {
                c.staticFiles.add(config.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
            }
            if (!config.corsOrigins().isEmpty()) {
                c.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    if (config.corsOrigins().contains("*")) {
                        rule.anyHost();
                    } else {
                        config.corsOrigins().forEach(origin -> rule.allowHost(origin));
                    }
                }));
            }
            c.routes.get("/search", metrics.timed("search", api::search));
            c.routes.get("/suggest", metrics.timed("suggest", api::suggest));
            c.routes.get("/feed", metrics.timed("feed", feeds::feed));
            c.routes.get("/health", metrics.timed("health", api::health));
            c.routes.get("/ping", metrics.timed("ping", api::ping));
            c.routes.get("/metrics", metrics::scrape);
            c.routes.post("/events", metrics.timed("events", events::post));
            c.routes.get("/insights", owner::shell);
            c.routes.get("/admin/insights", owner::page);
            c.routes.get("/admin/api/insights", owner::api);
            c.routes.get("/admin/api/insights.csv", owner::csv);
            // Before every /admin path, routed or not: without the token nothing there is reachable.
            c.routes.before("/admin", admin);
            c.routes.before("/admin/*", admin);
            c.routes.exception(InvalidRequestException.class, (e, ctx) -> Errors.write(ctx, 400, e.error(), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.fullUrl(), e);
                Errors.write(ctx, 500, "internal_error", "the server failed to answer; the error is logged");
            });
            c.routes.error(404, ctx -> Errors.write(ctx, 404, "not_found", "no such page: " + ctx.path()));
        });
    }
}
