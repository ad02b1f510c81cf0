package dev.weeklysearch.http;

import dev.weeklysearch.insights.Report;
import java.util.List;
import java.util.Locale;

/** The owner's insights as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched. */
final class InsightsPage {
    /** A zero-result query run again now: its count then, its total now, and the engine's suggestion. */
    record Followup(String query, long count, long totalNow, String suggestion) {
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,sans-serif;color:#222;margin:24px auto;max-width:780px;padding:0 16px}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}
            .period{color:#555;margin:0 0 16px}.cards{display:flex;gap:12px;flex-wrap:wrap}
            .card{border:1px solid #ddd;border-radius:8px;padding:10px 14px;min-width:140px}
            .card b{display:block;font-size:22px}.card span{color:#555;font-size:13px}
            table{border-collapse:collapse;width:100%;margin-top:8px}td,th{text-align:left;padding:4px 8px;
            border-bottom:1px solid #eee;font-size:14px}.ok{color:#1a7f37}.none{color:#b42318}
            .note{color:#666;font-size:13px}svg.chart{max-width:100%;height:auto}
            """;

    private static final int FILLED_POSITIONS = 20;

    private InsightsPage() {
    }

    static String render(Report r, List<Followup> followups) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Search insights</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>What readers search for</h1><p class=\"period\">").append(r.from()).append(" – ").append(r.to())
                .append(" (").append(r.days()).append(" days, UTC)</p><div class=\"cards\">");
        card(h, Long.toString(r.searches()), "searches");
        card(h, percent(r.zeroResultRate()), "found nothing");
        card(h, percent(r.clickThroughRate()), "clicks per search");
        card(h, Long.toString(r.clicks()), "clicks on a hit");
        h.append("</div>");
        List<Charts.Bar> days = r.searchesPerDay().stream()
                .map(d -> new Charts.Bar(d.day().substring(5), d.count())).toList();
        section(h, "Searches per day", Charts.columns("Searches per day", days, "#2563eb",
                Math.max(1, days.size() / 8)));
        section(h, "Top queries", Charts.rows("Top queries",
                r.topQueries().stream().map(q -> new Charts.Bar(q.query(), q.count())).toList(), "#2563eb"));
        section(h, "Queries that found nothing", Charts.rows("Queries that found nothing",
                followups.stream().map(f -> new Charts.Bar(f.query(), f.count(), now(f))).toList(), "#dc2626"));
        followupTable(h, followups);
        section(h, "Clicks by position", Charts.columns("Clicks by position", positions(r), "#16a34a", 1));
        h.append("<p class=\"note\">A query is listed once readers searched it at least ").append(r.minCount())
                .append(r.minCount() == 1 ? " time" : " times").append(" in the period; e-mail addresses, phone numbers and long numbers are replaced before "
                        + "counting, and nothing about a reader is stored. CSV: <code>/admin/api/insights.csv?days=")
                .append(r.days()).append("</code></p></body></html>");
        return h.toString();
    }

    /** Positions from 1 to the last clicked one, unclicked ones as empty columns (up to a page's worth). */
    private static List<Charts.Bar> positions(Report r) {
        java.util.TreeMap<Integer, Long> clicked = new java.util.TreeMap<>();
        r.clickPositions().forEach(p -> clicked.put(p.position(), p.count()));
        int last = clicked.isEmpty() ? 0 : clicked.lastKey();
        if (last > FILLED_POSITIONS) {
            return clicked.entrySet().stream().map(e -> new Charts.Bar("#" + e.getKey(), e.getValue())).toList();
        }
        List<Charts.Bar> out = new java.util.ArrayList<>();
        for (int p = 1; p <= last; p++) {
            out.add(new Charts.Bar("#" + p, clicked.getOrDefault(p, 0L)));
        }
        return out;
    }

    private static void followupTable(StringBuilder h, List<Followup> followups) {
        if (followups.isEmpty()) {
            return;
        }
        h.append("<table><thead><tr><th>query</th><th>searches</th><th>now</th><th>did you mean</th></tr></thead><tbody>");
        for (Followup f : followups) {
            h.append("<tr><td>").append(Html.escape(f.query())).append("</td><td>").append(f.count())
                    .append("</td><td class=\"").append(f.totalNow() > 0 ? "ok" : "none").append("\">")
                    .append(Html.escape(now(f))).append("</td><td>")
                    .append(f.suggestion() == null ? "" : Html.escape(f.suggestion())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** Whether the query answers now (a synonym or a reindex since), else the engine's suggestion. */
    private static String now(Followup f) {
        if (f.totalNow() > 0) {
            return "now finds " + f.totalNow();
        }
        return f.suggestion() == null ? "still nothing" : "still nothing; did you mean " + f.suggestion();
    }

    private static void card(StringBuilder h, String value, String label) {
        h.append("<div class=\"card\"><b>").append(Html.escape(value)).append("</b><span>").append(label)
                .append("</span></div>");
    }

    private static void section(StringBuilder h, String title, String svg) {
        h.append("<h2>").append(title).append("</h2>").append(svg);
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
    }
}
