package dev.weeklysearch.insights;

import java.util.List;

/**
 * What readers searched for over a period of days, as the owner's page and API show it; field
 * names are the API contract.
 *
 * @param days              the period, ending today (UTC days)
 * @param searches          searches counted (the final query of each typing session)
 * @param zeroResultRate    share of searches that found nothing
 * @param clickThroughRate  clicks on a hit per search (a reader who opens two hits counts twice; at most 1)
 * @param minCount          a query is listed once counted this many times in the period
 * @param topQueries        the most frequent queries
 * @param zeroResultQueries the most frequent queries that found nothing
 * @param clickPositions    clicks by the hit's position in the answer (1 = the first hit)
 * @param clickTypes        clicks by the entry type of the hit
 * @param searchesPerDay    every day of the period, days without a search included
 */
public record Report(int days, String from, String to, long searches, long zeroResults, long clicks,
        double zeroResultRate, double clickThroughRate, int minCount, List<QueryCount> topQueries,
        List<QueryCount> zeroResultQueries, List<PositionCount> clickPositions, List<TypeCount> clickTypes,
        List<DayCount> searchesPerDay) {

    public record QueryCount(String query, long count) {
    }

    public record PositionCount(int position, long count) {
    }

    public record TypeCount(String type, long count) {
    }

    public record DayCount(String day, long count) {
    }
}
