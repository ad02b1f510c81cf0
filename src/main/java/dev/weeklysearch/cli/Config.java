package dev.weeklysearch.cli;

import dev.weeklysearch.extract.WeeklyRule;
import dev.weeklysearch.insights.Settings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The site owner's settings ({@code weekly-search.yml}): default sources, crawl filters, CORS origins.
 *
 * @param sources     folders, sitemaps or start pages read when no {@code --source} is given
 * @param include     URL regexes a crawl keeps
 * @param exclude     URL regexes a crawl skips
 * @param corsOrigins origins allowed to embed the search box
 * @param weekly      which posts are weekly posts ({@code weekly: {tags, categories, titles}}); others are skipped
 * @param refresh     how often {@code serve} reindexes the sources ({@code 30m}, {@code 1h}, {@code 0} off); null: the default
 * @param analytics   search insights ({@code analytics: false}, or {@code analytics: {retentionDays, minCount, …}})
 * @param synonyms    groups of equivalent terms ({@code synonyms: [["线程池", "thread pool"], …]}), applied at query time
 */
record Config(List<String> sources, List<String> include, List<String> exclude, List<String> corsOrigins,
        WeeklyRule weekly, String refresh, Settings analytics, List<List<String>> synonyms) {
    static final Config EMPTY = new Config(List.of(), List.of(), List.of(), List.of(), WeeklyRule.defaults(), null,
            Settings.DEFAULTS, List.of());

    /** Reads {@code file}; a missing file is an empty config. */
    static Config load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return EMPTY;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            if (!(root instanceof Map<?, ?> map)) {
                return EMPTY;
            }
            return new Config(list(map, "sources"), list(map, "include"), list(map, "exclude"), list(map, "cors"),
                    weekly(map.get("weekly")), map.get("refresh") == null ? null : String.valueOf(map.get("refresh")),
                    analytics(map.get("analytics")), synonyms(map.get("synonyms")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read config " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad config " + file + ": " + e.getMessage(), e);
        }
    }

    /** A missing key keeps its default; an empty list turns that test off. */
    private static WeeklyRule weekly(Object value) {
        WeeklyRule d = WeeklyRule.defaults();
        if (value == null) {
            return d;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("weekly: must be a mapping with tags, categories and titles");
        }
        return new WeeklyRule(map.containsKey("tags") ? list(map, "tags") : d.tags(),
                map.containsKey("categories") ? list(map, "categories") : d.categories(),
                map.containsKey("titles") ? list(map, "titles") : d.titlePrefixes());
    }

    /** {@code analytics: false} turns insights off; a mapping overrides single settings. */
    private static Settings analytics(Object value) {
        Settings d = Settings.DEFAULTS;
        if (value == null || Boolean.TRUE.equals(value)) {
            return d;
        }
        if (Boolean.FALSE.equals(value)) {
            return Settings.OFF;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("analytics: must be true, false or a mapping (retentionDays, minCount, "
                    + "maxQueriesPerDay, eventsPerSecond)");
        }
        return new Settings(!Boolean.FALSE.equals(map.get("enabled")), number(map, "retentionDays", d.retentionDays()),
                number(map, "minCount", d.minCount()), number(map, "maxQueriesPerDay", d.maxQueriesPerDay()),
                number(map, "eventsPerSecond", d.eventsPerSecond()));
    }

    private static int number(Map<?, ?> map, String key, int otherwise) {
        Object v = map.get(key);
        if (v == null) {
            return otherwise;
        }
        if (!(v instanceof Integer i)) {
            throw new IllegalArgumentException("analytics." + key + " must be a whole number, not " + v);
        }
        return i;
    }

    /** Each group a list of two or more terms. */
    private static List<List<String>> synonyms(Object value) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> groups)) {
            throw new IllegalArgumentException("synonyms: must be a list of groups, e.g. - [\"线程池\", \"thread pool\"]");
        }
        List<List<String>> out = new java.util.ArrayList<>();
        for (Object g : groups) {
            if (!(g instanceof List<?> terms) || terms.size() < 2) {
                throw new IllegalArgumentException("synonyms: each group is a list of two or more terms, not " + g);
            }
            out.add(terms.stream().map(String::valueOf).toList());
        }
        return List.copyOf(out);
    }

    private static List<String> list(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(v));
    }
}
