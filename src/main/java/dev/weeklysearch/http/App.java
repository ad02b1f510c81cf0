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

    /** Creates (does not start) the service over {@code searcher}: no refreshes of its own, no insights. */
    public static Javalin create(Searcher searcher, ServiceConfig config) {
        return create(searcher, config, Insights.off(), null);
    }

    /** As {@link #create(Searcher, ServiceConfig, Insights, Refresher)}, recording no insights. */
    public static Javalin create(Searcher searcher, ServiceConfig config, Refresher refresher) {
        return create(searcher, config, Insights.off(), refresher);
    }

    /** As {@link #create(Searcher, ServiceConfig, Insights, Refresher)}, with no refreshes of its own. */
    public static Javalin create(Searcher searcher, ServiceConfig config, Insights insights) {
        return create(searcher, config, insights, null);
    }

    /**
     * Creates (does not start) the service over {@code searcher}. {@code insights} records what readers
     * search for (the caller closes it); {@code refresher} (null: none) keeps the index fresh, answers
     * {@code POST /admin/reindex} and reports in {@code /health}.
     */
    public static Javalin create(Searcher searcher, ServiceConfig config, Insights insights, Refresher refresher) {
        ObjectMapper mapper = new ObjectMapper();
        SearchController api = new SearchController(searcher, mapper);
        EventsController events = new EventsController(searcher, insights, mapper);
        InsightsController owner = new InsightsController(searcher, insights, mapper);
        FeedController feeds = new FeedController(searcher);
        Metrics metrics = new Metrics(searcher);
        metrics.refreshes(refresher);
        AdminGuard admin = new AdminGuard(config.adminToken());
        return Javalin.create(c -> {
            c.concurrency.useVirtualThreads = true;
            c.startup.showJavalinBanner = false;
            // Jetty's own answers (URL or headers too long, unparsable requests) in the JSON error shape too.
            c.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
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
            c.routes.get("/health", metrics.timed("health", ctx -> api.health(ctx, refresher)));
            c.routes.get("/ping", metrics.timed("ping", api::ping));
            c.routes.get("/metrics", metrics::scrape);
            c.routes.post("/events", metrics.timed("events", events::post));
            if (admin.enabled()) {
                // The page that asks for the token: with no token configured there is nothing it could open.
                c.routes.get("/insights", owner::shell);
            }
            c.routes.get("/admin/insights", owner::page);
            c.routes.get("/admin/api/insights", owner::api);
            c.routes.get("/admin/api/insights.csv", owner::csv);
            // Before every /admin path, routed or not: without the token nothing there is reachable.
            c.routes.before("/admin", admin);
            c.routes.before("/admin/*", admin);
            if (refresher != null) {
                c.routes.post("/admin/reindex", new ReindexController(refresher)::reindex);
            }
            c.routes.exception(InvalidRequestException.class, (e, ctx) -> Errors.write(ctx, 400, e.error(), e.getMessage()));
            c.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} failed", ctx.fullUrl(), e);
                Errors.write(ctx, 500, "internal_error", "the server failed to answer; the error is logged");
            });
            c.routes.error(404, ctx -> Errors.write(ctx, 404, "not_found", "no such page: " + ctx.path()));
        });
    }
}
