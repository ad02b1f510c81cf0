package dev.weeklysearch.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one reader of the project table {@code projects.tsv}. Extraction asks it for an entry's project, the analyzers
 * for product names, the search filter for the canonical name of {@code project=…}. Names are compared in compact
 * form (lowercase, full-width folded, no spaces, hyphens, underscores or dots).
 *
 * <p>What each column is used for (see the comment at the top of the file):
 * <ul>
 *   <li>spellings and other names (columns 1 to 3): everything; the analyzers index them as the canonical term;</li>
 *   <li>parts (column 4, e.g. RheaKV of SOFAJRaft): attribution and filters, but the analyzers keep the word;</li>
 *   <li>short forms derived by dropping the "SOFA" prefix (JRaft, RPC, Boot): the analyzers stack them and a name in a
 *       label position (a filter value, a release header, a tag line) may use them; prose mentions may not, since
 *       "RPC" or "Boot" in a sentence are ordinary words ({@link #mostMentioned}).</li>
 * </ul>
 */
public final class Projects {

    static final String RESOURCE = "/dev/weeklysearch/projects.tsv";
    private static final String PREFIX = "sofa";

    /** A project: its canonical compact term, the short forms derived from it, and its canonical name as written. */
    record Project(String canonical, List<String> shortForms, String name) {
    }

    private final List<String> names;
    private final Map<String, Project> bySpelling;
    private final Map<String, Project> inProse;
    private final Map<String, Project> byLabel;
    private final Set<String> shortForms;

    private Projects(List<String> names, Map<String, Project> bySpelling, Map<String, Project> inProse,
            Map<String, Project> byLabel, Set<String> shortForms) {
        this.names = names;
        this.bySpelling = bySpelling;
        this.inProse = inProse;
        this.byLabel = byLabel;
        this.shortForms = shortForms;
    }

    static Projects get() {
        return Holder.INSTANCE;
    }

    /** The canonical names, in the table's order. */
    public static List<String> names() {
        return get().names;
    }

    /**
     * The canonical name of the project written {@code name}: any spelling, other name, part or derived short form,
     * ignoring case, spaces and hyphens ({@code jraft}, {@code sofa-jraft}, {@code RheaKV} → SOFAJRaft); empty for a
     * name that is not in the table.
     */
    public static Optional<String> canonical(String name) {
        return get().label(name);
    }

    /**
     * The project a piece of prose is about: the one mentioned most often, the first mentioned on a tie; "" when it
     * mentions none. URLs and domain names are not read, so a link never names a project.
     */
    public static String mostMentioned(String text) {
        return get().mostMentionedIn(text);
    }

    Optional<String> label(String name) {
        Project p = name == null ? null : byLabel.get(compact(name));
        return p == null ? Optional.empty() : Optional.of(p.name());
    }

    String mostMentionedIn(String text) {
        List<String> mentions = ProjectMentions.in(text, inProse);
        Map<String, Integer> counts = new HashMap<>();
        mentions.forEach(m -> counts.merge(m, 1, Integer::sum));
        String best = "";
        for (String m : mentions) {
            if (best.isEmpty() || counts.get(m) > counts.get(best)) {
                best = m;
            }
        }
        return best;
    }

    /** The project spelled {@code compact} (columns 1 to 3), or null. */
    Project find(String compact) {
        return bySpelling.get(compact);
    }

    /** True for a derived short form (jraft, registry, tracer…), which must not be stemmed. */
    boolean isShortForm(String compact) {
        return shortForms.contains(compact);
    }

    public static String compact(String s) {
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
        List<String> names = new ArrayList<>();
        Map<String, Project> bySpelling = new HashMap<>();
        Map<String, Project> inProse = new HashMap<>();
        Map<String, Project> byLabel = new HashMap<>();
        Set<String> shortForms = new HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            String name = columns[0].strip();
            String canonical = compact(name);
            List<String> shorts = canonical.startsWith(PREFIX) && canonical.length() > PREFIX.length() + 1
                    ? List.of(canonical.substring(PREFIX.length()))
                    : List.of();
            Project project = new Project(canonical, shorts, name);
            names.add(name);
            shortForms.addAll(shorts);
            bySpelling.put(canonical, project);
            inProse.put(canonical, project);
            for (int col = 1; col < Math.min(columns.length, 3); col++) {
                for (String spelling : spellings(columns[col])) {
                    bySpelling.putIfAbsent(spelling, project);
                    inProse.putIfAbsent(spelling, project);
                }
            }
            if (columns.length > 3) {
                spellings(columns[3]).forEach(s -> inProse.putIfAbsent(s, project));
            }
        }
        byLabel.putAll(inProse);
        for (Project p : bySpelling.values()) {
            p.shortForms().forEach(s -> byLabel.putIfAbsent(s, p));
        }
        return new Projects(List.copyOf(names), Map.copyOf(bySpelling), Map.copyOf(inProse), Map.copyOf(byLabel),
                Set.copyOf(shortForms));
    }

    private static List<String> spellings(String column) {
        List<String> out = new ArrayList<>();
        for (String spelling : column.split("\\|")) {
            if (!spelling.isBlank()) {
                out.add(compact(spelling.strip()));
            }
        }
        return out;
    }

    /** Loaded once, on the first analysed token or lookup, not when the CLI starts. */
    private static final class Holder {
        static final Projects INSTANCE = load();

        private static Projects load() {
            return parse(DataFile.lines(RESOURCE));
        }
    }
}
