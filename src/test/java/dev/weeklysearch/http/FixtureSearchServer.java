package dev.weeklysearch.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the real service in the browser test: serves {@code web/} and answers /search and /suggest
 * in the service's JSON shape from a handful of hand-written hits, so the box can be tested before the app exists.
 */
final class FixtureSearchServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIXTURES = "/web/";
    /** A query starting with this word is answered late. */
    static final String SLOW = "slow ";

    private final Path webDir;
    private final List<JsonNode> hits = new ArrayList<>();
    private final List<String> suggestions = new ArrayList<>();
    private final List<Map<String, String>> searches = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;
    private String base;

    FixtureSearchServer(Path webDir) {
        this.webDir = webDir.toAbsolutePath().normalize();
        try {
            JSON.readTree(getClass().getResourceAsStream(FIXTURES + "fixture-hits.json")).forEach(hits::add);
            JSON.readTree(getClass().getResourceAsStream(FIXTURES + "suggestions.json"))
                    .forEach(s -> suggestions.add(s.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture hits under " + FIXTURES, e);
        }
    }

    /** Starts on a free port of the loopback interface and returns the base URL, without a trailing slash. */
    String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Several threads, so a deliberately slow answer does not hold back the next one.
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        return base;
    }

    /** The query parameters of every /search request received, oldest first. */
    List<Map<String, String>> searches() {
        synchronized (searches) {
            return List.copyOf(searches);
        }
    }

    void forgetSearches() {
        searches.clear();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> params = params(exchange.getRequestURI().getRawQuery());
            if (path.equals("/search")) {
                searches.add(params);
                search(exchange, params);
            } else if (path.equals("/suggest")) {
                suggest(exchange, params.getOrDefault("q", ""));
            } else if (path.startsWith("/post/")) {
                String page = "<!DOCTYPE html><meta charset=utf-8><title>post</title><h1>Fixture post " + path + "</h1>";
                send(exchange, 200, "text/html; charset=utf-8", page);
            } else {
                file(exchange, path.equals("/") ? "index.html" : path.substring(1));
            }
        }
    }

    private void search(HttpExchange exchange, Map<String, String> params) throws IOException {
        int page = Integer.parseInt(params.getOrDefault("page", "1"));
        int size = Integer.parseInt(params.getOrDefault("size", "10"));
        String q = params.getOrDefault("q", "").trim();
        if (q.startsWith(SLOW)) {
            // Lets the test make an older answer arrive after a newer one.
            pause();
            q = q.substring(SLOW.length()).trim();
        }
        if (q.isEmpty() || size < 1 || size > 100 || page < 1) {
            String message = q.isEmpty() ? "q is required" : "size must be between 1 and 100, page at least 1";
            send(exchange, 400, "application/json", JSON.writeValueAsString(
                    Map.of("error", "bad_request", "message", message)));
            return;
        }
        List<String> words = List.of(q.toLowerCase(Locale.ROOT).split("\\s+"));
        List<JsonNode> matched = hits.stream().filter(h -> words.stream().allMatch(w -> haystack(h).contains(w))).toList();
        boolean relaxed = matched.isEmpty() && words.size() > 1;
        if (relaxed) {
            matched = hits.stream().filter(h -> words.stream().anyMatch(w -> haystack(h).contains(w))).toList();
        }
        List<JsonNode> filtered = new ArrayList<>(matched.stream()
                .filter(h -> accepts(params.get("type"), h.path("type").asText()))
                .filter(h -> accepts(params.get("project"), h.path("project").asText()))
                .filter(h -> accepts(params.get("year"), year(h)))
                .toList());
        if ("date".equals(params.get("sort"))) {
            filtered.sort(Comparator.comparing((JsonNode h) -> h.path("post").path("date").asText()).reversed());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q).put("total", filtered.size()).put("page", page).put("size", size)
                .put("tookMs", 0.4).put("relaxed", relaxed);
        ArrayNode out = body.putArray("hits");
        filtered.stream().skip((long) (page - 1) * size).limit(size).forEach(h -> out.add(hit(h, words)));
        ObjectNode facets = body.putObject("facets");
        facets.set("type", counts(matched, h -> h.path("type").asText()));
        facets.set("project", counts(matched, h -> h.path("project").asText()));
        facets.set("year", counts(matched, FixtureSearchServer::year));
        send(exchange, 200, "application/json", JSON.writeValueAsString(body));
    }

    private ObjectNode hit(JsonNode fixture, List<String> words) {
        ObjectNode hit = fixture.deepCopy();
        hit.put("url", base + hit.remove("path").asText());
        ObjectNode post = (ObjectNode) hit.get("post");
        post.put("url", base + post.remove("path").asText());
        for (JsonNode also : hit.path("alsoIn")) {
            ((ObjectNode) also).put("url", base + ((ObjectNode) also).remove("path").asText());
        }
        ObjectNode highlights = hit.putObject("highlights");
        highlights.put("title", highlight(fixture.path("title").asText(), words));
        highlights.put("text", highlight(fixture.path("text").asText(), words));
        hit.put("score", 1.0);
        return hit;
    }

    /** Escapes like the service does, then marks each query word: the only markup a highlight may carry. */
    private static String highlight(String text, List<String> words) {
        String escaped = escape(text);
        for (String word : words) {
            Matcher m = Pattern.compile(Pattern.quote(escape(word)), Pattern.CASE_INSENSITIVE).matcher(escaped);
            escaped = m.replaceAll(r -> "<mark>" + Matcher.quoteReplacement(r.group()) + "</mark>");
        }
        return escaped;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String haystack(JsonNode hit) {
        return (hit.path("title").asText() + " " + hit.path("text").asText() + " " + hit.path("project").asText())
                .toLowerCase(Locale.ROOT);
    }

    private static boolean accepts(String filter, String value) {
        return filter == null || filter.isBlank() || List.of(filter.split(",")).contains(value);
    }

    private static String year(JsonNode hit) {
        return hit.path("post").path("date").asText().substring(0, 4);
    }

    private static ObjectNode counts(List<JsonNode> hits, Function<JsonNode, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        hits.forEach(h -> counts.merge(key.apply(h), 1, Integer::sum));
        ObjectNode node = JSON.createObjectNode();
        counts.forEach(node::put);
        return node;
    }

    private void suggest(HttpExchange exchange, String q) throws IOException {
        String prefix = q.toLowerCase(Locale.ROOT).substring(0, Math.min(2, q.length()));
        List<String> found = suggestions.stream()
                .filter(s -> !prefix.isEmpty() && s.toLowerCase(Locale.ROOT).contains(prefix)).toList();
        send(exchange, 200, "application/json", JSON.writeValueAsString(Map.of("query", q, "suggestions", found)));
    }

    private void file(HttpExchange exchange, String name) throws IOException {
        Path file = webDir.resolve(name).normalize();
        if (!file.startsWith(webDir) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found");
            return;
        }
        String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
        send(exchange, 200, type + "; charset=utf-8", Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> params(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
