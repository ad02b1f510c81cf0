package dev.weeklysearch.search;

import dev.weeklysearch.analysis.Projects;
import dev.weeklysearch.extract.EntryType;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A validated search request. Build it with {@link #of}, which rejects what a client got wrong.
 *
 * @param query   the visitor's text (1 to {@value #MAX_QUERY_CHARS} characters)
 * @param page    1-based page
 * @param size    hits per page, at most {@value #MAX_SIZE}
 * @param types   entry types to keep ({@code EntryType.id()}); empty means all
 * @param project canonical project to keep, "" for all; any name of the project table is accepted ({@code jraft})
 * @param year    year to keep, 0 for all
 * @param sort    relevance or date
 */
public record SearchRequest(String query, int page, int size, Set<String> types, String project, int year, Sort sort) {
    public static final int MAX_QUERY_CHARS = 256;
    public static final int MAX_SIZE = 50;
    public static final int MAX_DEPTH = 1000;
    /** The entry types, by their API name ({@code type=}), from the one enum of them. */
    public static final Set<String> TYPES = Arrays.stream(EntryType.values()).map(EntryType::id).collect(Collectors.toUnmodifiableSet());

    public enum Sort { RELEVANCE, DATE }

    public SearchRequest {
        types = Set.copyOf(types);
    }

    /** Parses and validates raw parameters; null means absent. */
    public static SearchRequest of(String q, String page, String size, String type, String project, String year,
            String sort) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty()) {
            throw new InvalidRequestException("empty_query", "the query q is empty");
        }
        if (query.codePointCount(0, query.length()) > MAX_QUERY_CHARS) {
            throw new InvalidRequestException("query_too_long", "the query is longer than " + MAX_QUERY_CHARS + " characters");
        }
        int p = integer("page", page, 1);
        int s = integer("size", size, 10);
        if (p < 1) {
            throw new InvalidRequestException("bad_page", "page must be 1 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("bad_size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_DEPTH) {
            throw new InvalidRequestException("too_deep", "page × size must not exceed " + MAX_DEPTH);
        }
        Set<String> types = new TreeSet<>();
        if (type != null && !type.isBlank()) {
            for (String t : type.split(",")) {
                String k = t.strip().toLowerCase(Locale.ROOT);
                if (!TYPES.contains(k)) {
                    throw new InvalidRequestException("bad_type", "unknown type '" + t.strip() + "'; use one of " + new TreeSet<>(TYPES));
                }
                types.add(k);
            }
        }
        int y = year == null || year.isBlank() ? 0 : integer("year", year, 0);
        Sort so = switch (sort == null || sort.isBlank() ? "relevance" : sort.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> Sort.RELEVANCE;
            case "date" -> Sort.DATE;
            default -> throw new InvalidRequestException("bad_sort", "sort must be relevance or date");
        };
        return new SearchRequest(query, p, s, types, project(project), y, so);
    }

    /** The canonical name of a {@code project} parameter, through the same table as extraction: jraft = SOFAJRaft. */
    private static String project(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return Projects.canonical(value.strip()).orElseThrow(() -> new InvalidRequestException("bad_project",
                "unknown project '" + value.strip() + "'; use one of " + Projects.names()));
    }

    /** A plain request: first page of 10, no filters. */
    /** A type, project or year narrows the hits. */
    public boolean filtered() {
        return !types.isEmpty() || !project.isEmpty() || year != 0;
    }

    public static SearchRequest of(String q) {
        return of(q, null, null, null, null, null, null);
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("bad_" + name, name + " must be a whole number, not '" + value + "'");
        }
    }
}
