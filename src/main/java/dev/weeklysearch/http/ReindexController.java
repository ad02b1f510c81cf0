package dev.weeklysearch.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /admin/reindex} (behind {@link AdminGuard}): the site's deploy pipeline says "a post
 * was published". 202 when a refresh started; 409 when one is already running, which starts and
 * queues nothing. Either way the answer says where to follow it: {@code refresh} in {@code /health}.
 */
final class ReindexController {
    static final String FOLLOW = "follow it in GET /health: refresh.running, refresh.lastRefresh, refresh.lastError";

    private final Refresher refresher;

    ReindexController(Refresher refresher) {
        this.refresher = refresher;
    }

    void reindex(Context ctx) {
        if (refresher.trigger("admin")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("started", true);
            body.put("status", "/health");
            body.put("message", "a refresh of the sources started; " + FOLLOW);
            ctx.status(202).json(body);
        } else {
            Instant since = refresher.runningSince();
            Errors.write(ctx, 409, "refresh_running", "a refresh is already running" + (since == null ? "" : " (since " + since + ")")
                    + "; no second one was started or queued. A change published after it started is found by the "
                    + "next one: call again once it has ended; " + FOLLOW);
        }
    }
}
