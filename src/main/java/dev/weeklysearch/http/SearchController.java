package dev.weeklysearch.http;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.Searcher;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The API's handlers: each reads parameters, asks the searcher, writes JSON. */
final class SearchController {
    private static final int MAX_SUGGESTIONS = 8;
    private static final Map<String, Object> PONG = Map.of("status", "ok");

    private final Searcher searcher;
    private final ObjectWriter json;

    SearchController(Searcher searcher, ObjectMapper mapper) {
        this.searcher = searcher;
        // An emoji as its four UTF-8 bytes, as ctx.json writes it, not as an escaped surrogate pair.
        this.json = mapper.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    void search(Context ctx) throws IOException {
        SearchRequest request = SearchRequest.of(ctx.queryParam("q"), ctx.queryParam("page"), ctx.queryParam("size"),
                ctx.queryParam("type"), ctx.queryParam("project"), ctx.queryParam("year"), ctx.queryParam("sort"));
        // UTF-8 straight from Jackson: ctx.json writes the answer into a String, then encodes that
        // String again (measured: 3.5 % of a lexical request's CPU under load).
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.writeValueAsBytes(
                searcher.search(request, fullText(ctx.queryParam("fields")))));
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

    /** The index's state, and the refreshes' when the service runs them ({@code refresher} null: none). */
    void health(Context ctx, Refresher refresher) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>(searcher.health());
        if (refresher != null) {
            body.put("refresh", refresher.status());
        }
        ctx.json(body);
    }

    /** A constant answer: the floor that load tests compare /search against. */
    void ping(Context ctx) {
        ctx.json(PONG);
    }
}
