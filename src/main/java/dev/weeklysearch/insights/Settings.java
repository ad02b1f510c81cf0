package dev.weeklysearch.insights;

/**
 * The site owner's analytics settings ({@code analytics:} in {@code weekly-search.yml}).
 *
 * @param enabled          false: nothing is recorded and no file is created
 * @param retentionDays    days of aggregates kept; older days are deleted
 * @param minCount         a query is listed only once counted this many times in the period (a
 *                         rare query can identify a person)
 * @param maxQueriesPerDay distinct queries counted per day; further new ones count only in the totals,
 *                         so a flood of made-up queries cannot grow the file without bound
 * @param eventsPerSecond  events accepted per second over all readers (a token bucket; bursts of 10 s)
 */
public record Settings(boolean enabled, int retentionDays, int minCount, int maxQueriesPerDay, int eventsPerSecond) {
    public static final Settings DEFAULTS = new Settings(true, 90, 3, 2000, 50);
    public static final Settings OFF = new Settings(false, 90, 3, 2000, 50);

    public Settings {
        if (retentionDays < 1 || minCount < 1 || maxQueriesPerDay < 1 || eventsPerSecond < 1) {
            throw new IllegalArgumentException("analytics: retentionDays, minCount, maxQueriesPerDay and "
                    + "eventsPerSecond must be at least 1");
        }
    }
}
