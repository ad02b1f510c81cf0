package dev.weeklysearch.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** The YAML block between {@code ---} lines; a real YAML parser because descriptions span lines. */
record FrontMatter(String title, LocalDate date, List<String> tags, String body) {
    /** Posts are written in China; the local date is the publication date. */
    static final ZoneOffset POST_ZONE = ZoneOffset.ofHours(8);
    /** A parser per thread: SnakeYAML's is not thread-safe, and building one costs more than a post's front matter. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DOUBLE_PREFIX = Pattern.compile(
            "^(SOFA ?Weekly\\s*[|｜]\\s*)(?:SOFA ?Weekly\\s*[|｜]\\s*)+", Pattern.CASE_INSENSITIVE);

    /**
     * @throws NotWeeklyPost when the text has no front matter, or the post declares tags or categories
     *                       and the rule keeps none of them
     */
    static FrontMatter parse(String text, String location, WeeklyRule rule) throws PostException {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            // Not a post: a Hugo site keeps notes and fragments beside its posts, and every post has one.
            throw new NotWeeklyPost(location, NotWeeklyPost.NO_FRONT_MATTER, NotWeeklyPost.NO_FRONT_MATTER);
        }
        Object yaml;
        try {
            yaml = YAML.get().load(m.group(1));
        } catch (YAMLException e) {
            throw new PostException(location, "bad front matter YAML: " + firstLine(e.getMessage()), e);
        }
        if (!(yaml instanceof Map<?, ?> map)) {
            throw new PostException(location, "front matter is not a YAML mapping");
        }
        String title = cleanTitle(map.get("title") == null ? "" : map.get("title").toString());
        List<String> tags = tags(map.get("tags"));
        List<String> categories = tags(map.get("categories"));
        // before the date check: a post that is not ours is skipped, whatever else is wrong with it
        if (!rule.keepsMarkdown(title, tags, categories)) {
            throw new NotWeeklyPost(location, "not a weekly post (tags " + tags + ", categories " + categories + ")");
        }
        LocalDate date = date(map.get("date"));
        if (date == null) {
            throw new PostException(location, "front matter has no valid date");
        }
        String body = text.substring(m.end());
        if (body.isBlank()) {
            throw new PostException(location, "empty body");
        }
        return new FrontMatter(title, date, tags, body);
    }

    static String cleanTitle(String title) {
        String t = Text.clean(title);
        Matcher m = DOUBLE_PREFIX.matcher(t);
        return m.find() ? m.group(1) + t.substring(m.end()) : t;
    }

    static LocalDate date(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atOffset(POST_ZONE).toLocalDate();
        }
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(POST_ZONE).toLocalDate();
        } catch (RuntimeException e) {
            Matcher m = ISO_DATE.matcher(s);
            if (!m.find()) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (RuntimeException bad) {
                return null;
            }
        }
    }

    private static List<String> tags(Object value) {
        List<String> tags = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(v -> v != null).forEach(v -> tags.add(Text.clean(v.toString())));
        } else if (value != null && !value.toString().isBlank()) {
            tags.add(Text.clean(value.toString()));
        }
        return tags;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
