package dev.weeklysearch.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Project name normalisation from {@code projects.tsv}: matching ignores case, spaces and hyphens. */
final class Projects {
    private static final Map<String, String> CANONICAL = load();

    private Projects() {
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = Projects.class.getResourceAsStream("/dev/weeklysearch/projects.tsv")) {
            if (in == null) {
                throw new IllegalStateException("projects.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String canonical = cols[0].strip();
                map.put(key(canonical), canonical);
                if (canonical.startsWith("SOFA") && canonical.length() > 6 && !canonical.contains("-")) {
                    map.putIfAbsent(key(canonical.substring(4)), canonical);
                }
                if (cols.length > 1) {
                    for (String spelling : cols[1].split("\\|")) {
                        map.putIfAbsent(key(spelling), canonical);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    static String key(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-_*「」]", "");
    }

    /** The canonical name, or null when the name is not a known project. */
    static String known(String name) {
        return CANONICAL.get(key(name));
    }

    /** The canonical name, or the name as written when unknown. */
    static String normalise(String name) {
        String cleaned = Text.clean(name.replaceAll("[*「」]", ""));
        String k = known(cleaned);
        return k != null ? k : cleaned;
    }
}
