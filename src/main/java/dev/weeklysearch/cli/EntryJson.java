package dev.weeklysearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.Link;
import dev.weeklysearch.extract.Post;
import dev.weeklysearch.extract.Round;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entries as JSON objects; dates written as ISO strings since jackson's time module is not on the classpath. */
final class EntryJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private EntryJson() {
    }

    static String line(Entry e) {
        try {
            return MAPPER.writeValueAsString(map(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise " + e.id(), ex);
        }
    }

    static Map<String, Object> map(Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().id());
        m.put("post", post(e.post()));
        m.put("section", e.section());
        m.put("anchor", e.anchor());
        m.put("title", e.title());
        m.put("text", e.text());
        m.put("asker", e.asker());
        m.put("question", e.question());
        m.put("answer", e.answer());
        m.put("rounds", e.rounds().stream().map(EntryJson::round).toList());
        m.put("issue", e.issue());
        m.put("project", e.project());
        m.put("versions", e.versions());
        m.put("changes", e.changes());
        m.put("links", e.links().stream().map(EntryJson::link).toList());
        return m;
    }

    private static Map<String, Object> post(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", p.slug());
        m.put("title", p.title());
        m.put("date", p.date().toString());
        m.put("url", p.url());
        m.put("location", p.location());
        m.put("tags", List.copyOf(p.tags()));
        return m;
    }

    private static Map<String, Object> round(Round r) {
        return Map.of("question", r.question(), "answer", r.answer());
    }

    private static Map<String, Object> link(Link l) {
        return Map.of("text", l.text(), "url", l.url());
    }
}
