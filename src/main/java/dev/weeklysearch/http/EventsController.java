package dev.weeklysearch.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.insights.Insights;
import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.Searcher;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /events}: the search box reports a reader's settled query ({@code {"kind": "search",
 * "q": …}}) and a click on a hit ({@code {"kind": "click", "q": …, "position": 2, "type": "qa"}}).
 * The result count is not taken from the reader: the server looks the query up itself (an answer
 * the box just fetched comes from the answer cache), so a forged event cannot mark a query as
 * answered or unanswered. Nothing of the request but its body is read: no address, no header.
 */
final class EventsController {
    /** A query of {@value SearchRequest#MAX_QUERY_CHARS} Chinese characters and the rest of an event fit. */
    static final int MAX_BODY_BYTES = 2048;
    static final int MAX_POSITION = SearchRequest.MAX_DEPTH;
    private static final Logger LOG = LoggerFactory.getLogger(EventsController.class);

    private final Searcher searcher;
    private final Insights insights;
    private final ObjectMapper mapper;

    EventsController(Searcher searcher, Insights insights, ObjectMapper mapper) {
        this.searcher = searcher;
        this.insights = insights;
        this.mapper = mapper;
    }

    void post(Context ctx) throws IOException {
        JsonNode event = parse(ctx);
        String kind = text(event, "kind");
        String q = text(event, "q");
        if (q.isBlank() || q.codePointCount(0, q.length()) > SearchRequest.MAX_QUERY_CHARS) {
            throw bad("q must be 1 to " + SearchRequest.MAX_QUERY_CHARS + " characters");
        }
        if (!kind.equals("search") && !kind.equals("click")) {
            throw bad("kind must be search or click");
        }
        int position = kind.equals("click") ? position(event) : 0;
        String type = kind.equals("click") ? type(event) : null;
        if (!insights.enabled()) {
            ctx.status(204);
            return;
        }
        if (!insights.admit()) {
            Errors.write(ctx, 429, "rate_limited", "too many events; this one was not counted");
            return;
        }
        if (kind.equals("click")) {
            insights.click(position, type);
        } else {
            try {
                insights.search(q, searcher.search(SearchRequest.of(q)).total());
            } catch (IOException e) {
                // An event is worth less than an error page: uncounted, and the reader never sees it.
                LOG.warn("insights: could not count a search: {}", e.toString());
            }
        }
        ctx.status(204);
    }

    private JsonNode parse(Context ctx) throws IOException {
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidRequestException("body_too_large", "an event is at most " + MAX_BODY_BYTES + " bytes");
        }
        JsonNode event;
        try {
            event = mapper.readTree(body);
        } catch (JacksonException e) {
            throw bad("the body is not JSON: " + e.getOriginalMessage());
        }
        if (event == null || !event.isObject()) {
            throw bad("the body must be a JSON object");
        }
        return event;
    }

    private static int position(JsonNode event) {
        JsonNode p = event.get("position");
        if (p == null || !p.canConvertToInt() || !p.isIntegralNumber() || p.intValue() < 1
                || p.intValue() > MAX_POSITION) {
            throw bad("position must be a whole number from 1 to " + MAX_POSITION);
        }
        return p.intValue();
    }

    private static String type(JsonNode event) {
        String type = text(event, "type");
        if (!SearchRequest.TYPES.contains(type)) {
            throw bad("type must be one of " + String.join(", ", SearchRequest.TYPES.stream().sorted().toList()));
        }
        return type;
    }

    private static String text(JsonNode event, String field) {
        JsonNode v = event.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(field + " must be a string");
        }
        return v.textValue();
    }

    private static InvalidRequestException bad(String message) {
        return new InvalidRequestException("bad_event", message);
    }
}
