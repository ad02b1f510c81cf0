package dev.weeklysearch.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.insights.Report;
import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner's side of the insights, under {@code /admin} (so behind {@link AdminGuard}): the JSON
 * report, its CSV, and the page with charts; plus {@code /insights}, a page holding no data that
 * asks for the admin token and shows the report fetched with it.
 */
final class InsightsController {
    private static final int DEFAULT_DAYS = 30;
    private static final String SHELL = "/dev/weeklysearch/http/insights.html";

    private final Searcher searcher;
    private final Insights insights;
    private final ObjectMapper mapper;
    private final byte[] shell;

    InsightsController(Searcher searcher, Insights insights, ObjectMapper mapper) {
        this.searcher = searcher;
        this.insights = insights;
        this.mapper = mapper;
        try (InputStream in = InsightsController.class.getResourceAsStream(SHELL)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + SHELL);
            }
            this.shell = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHELL, e);
        }
    }

    void api(Context ctx) throws IOException {
        Report r = report(ctx);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = new LinkedHashMap<>(mapper.convertValue(r, Map.class));
        body.put("zeroResultFollowups", followups(r));
        ctx.json(body);
    }

    void page(Context ctx) throws IOException {
        Report r = report(ctx);
        ctx.contentType(ContentType.TEXT_HTML).result(InsightsPage.render(r, followups(r)));
    }

    void csv(Context ctx) throws IOException {
        Report r = report(ctx);
        StringBuilder csv = new StringBuilder("section,key,count\r\n");
        r.searchesPerDay().forEach(d -> row(csv, "searches_per_day", d.day(), d.count()));
        r.topQueries().forEach(q -> row(csv, "top_query", q.query(), q.count()));
        r.zeroResultQueries().forEach(q -> row(csv, "zero_result_query", q.query(), q.count()));
        r.clickPositions().forEach(p -> row(csv, "click_position", Integer.toString(p.position()), p.count()));
        r.clickTypes().forEach(t -> row(csv, "click_type", t.type(), t.count()));
        ctx.header("Content-Disposition", "attachment; filename=\"insights-" + r.to() + "-" + r.days() + "d.csv\"")
                .contentType("text/csv; charset=utf-8").result(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The token page: no data, no token inside; the reader's browser keeps the token in sessionStorage. */
    void shell(Context ctx) {
        ctx.contentType(ContentType.TEXT_HTML).result(shell);
    }

    private Report report(Context ctx) throws IOException {
        if (!insights.enabled()) {
            throw new InvalidRequestException("analytics_off", "analytics are off (analytics: false in weekly-search.yml)");
        }
        int max = insights.settings().retentionDays();
        String days = ctx.queryParam("days");
        int n;
        try {
            n = days == null || days.isBlank() ? Math.min(DEFAULT_DAYS, max) : Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > max) {
            throw new InvalidRequestException("bad_days", "days must be a whole number from 1 to " + max
                    + " (the days kept, analytics.retentionDays)");
        }
        return insights.report(n);
    }

    /** Each zero-result query asked again now: a synonym or a reindex since may answer it. */
    private List<InsightsPage.Followup> followups(Report r) {
        List<InsightsPage.Followup> out = new ArrayList<>();
        r.zeroResultQueries().forEach(q -> {
            try {
                SearchResult now = searcher.search(SearchRequest.of(q.query()));
                out.add(new InsightsPage.Followup(q.query(), q.count(), now.total(), now.suggestion()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return out;
    }

    /** RFC 4180 quoting; a cell a spreadsheet would run as a formula gets a leading quote. */
    private static void row(StringBuilder csv, String section, String key, long count) {
        String k = !key.isEmpty() && "=+-@\t\r".indexOf(key.charAt(0)) >= 0 ? "'" + key : key;
        csv.append(section).append(",\"").append(k.replace("\"", "\"\"")).append("\",").append(count).append("\r\n");
    }
}
