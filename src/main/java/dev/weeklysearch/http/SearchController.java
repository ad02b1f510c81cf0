package dev.weeklysearch.http;

import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's handlers: each reads parameters, asks the searcher, writes JSON. */
final class SearchController {
    private static final int MAX_SUGGESTIONS = 8;
    private static final Map<String, Object> PONG = Map.of("status", "ok");

    private final Searcher searcher;

    SearchController(Searcher searcher) {
        this.searcher = searcher;
    }

    void search(Context ctx) throws IOException {
        SearchRequest request = SearchRequest.of(ctx.queryParam("q"), ctx.queryParam("page"), ctx.queryParam("size"),
                ctx.queryParam("type"), ctx.queryParam("project"), ctx.queryParam("year"), ctx.queryParam("sort"));
        ctx.json(searcher.search(request, fullText(ctx.queryParam("fields"))));
    }

    /** {@code fields=text} asks for each hit's whole text; by default a hit carries a snippet's worth. */
    private static boolean fullText(String fields) {
        if (fields == null || fields.isBlank()) {
            return false;
        }
        boolean text = false;
        for (String f : fields.split(",")) {
            if (!f.strip().equals("text")) {
                throw new InvalidRequestException("bad_fields", "unknown field '" + f.strip() + "'; fields can only be text");
            }
            text = true;
        }
        return text;
    }

    void suggest(Context ctx) throws IOException {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (q.length() > SearchRequest.MAX_QUERY_CHARS) {
            q = q.substring(0, SearchRequest.MAX_QUERY_CHARS);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", q);
        body.put("suggestions", searcher.suggest(q, MAX_SUGGESTIONS));
        ctx.json(body);
    }

    void health(Context ctx) throws IOException {
        ctx.json(searcher.health());
    }

    /** A constant answer: the floor that load tests compare /search against. */
    void ping(Context ctx) {
        ctx.json(PONG);
    }
}
