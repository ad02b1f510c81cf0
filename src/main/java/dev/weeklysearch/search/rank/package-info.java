/**
 * Match, score and fuse ({@link dev.weeklysearch.search.rank.Hybrid}): the compiled clauses scored
 * once per request (pruned of absent terms), the strict and relaxed passes, the semantic list fused
 * in by reciprocal rank, and reprints collapsed.
 */
package dev.weeklysearch.search.rank;
