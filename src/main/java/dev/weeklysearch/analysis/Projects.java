package dev.weeklysearch.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Project names from the one data file {@code projects.tsv}: every spelling (column 1, 2 and 3) in compact form
 * (lowercase, no spaces, hyphens, underscores or dots) leads to its project; short forms drop the "sofa" prefix.
 */
final class Projects {

    static final String RESOURCE = "/dev/weeklysearch/projects.tsv";
    private static final String PREFIX = "sofa";

    /** A project: its canonical compact term and the short forms derived from it. */
    record Project(String canonical, List<String> shortForms) {
    }

    private final Map<String, Project> bySpelling;
    private final Set<String> shortForms;

    private Projects(Map<String, Project> bySpelling, Set<String> shortForms) {
        this.bySpelling = bySpelling;
        this.shortForms = shortForms;
    }

    static Projects get() {
        return Holder.INSTANCE;
    }

    /** The project spelled {@code compact}, or null. */
    Project find(String compact) {
        return bySpelling.get(compact);
    }

    /** True for a derived short form (jraft, registry, tracer…), which must not be stemmed. */
    boolean isShortForm(String compact) {
        return shortForms.contains(compact);
    }

    static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Chars.fold(s.charAt(i));
            if (c != ' ' && c != '-' && c != '_' && c != '.' && c != '\t') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    static Projects parse(List<String> lines) {
        Map<String, Project> bySpelling = new HashMap<>();
        Set<String> shortForms = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String canonical = compact(columns[0]);
            List<String> shorts = canonical.startsWith(PREFIX) && canonical.length() > PREFIX.length() + 1
                    ? List.of(canonical.substring(PREFIX.length()))
                    : List.of();
            Project project = new Project(canonical, shorts);
            shortForms.addAll(shorts);
            bySpelling.put(canonical, project);
            for (int col = 1; col < Math.min(columns.length, 3); col++) {
                for (String spelling : columns[col].split("\\|")) {
                    if (!spelling.isBlank()) {
                        bySpelling.putIfAbsent(compact(spelling), project);
                    }
                }
            }
        }
        return new Projects(Map.copyOf(bySpelling), Set.copyOf(shortForms));
    }

    /** Loaded once, on the first analysed token, not when the CLI starts. */
    private static final class Holder {
        static final Projects INSTANCE = load();

        private static Projects load() {
            return parse(DataFile.lines(RESOURCE));
        }
    }
}
