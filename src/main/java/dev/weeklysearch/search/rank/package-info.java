/**
 * Rank and fuse ({@link dev.weeklysearch.search.rank.Hybrid}): the strict and relaxed passes over the
 * clause scores ({@code search.clause}), counted with the facets, the semantic list fused in by
 * reciprocal rank, and reprints collapsed.
 */
package dev.weeklysearch.search.rank;
