/**
 * Match, score and fuse ({@link dev.weeklysearch.search.rank.Hybrid}): the compiled clauses scored
 * once per request (pruned of absent terms), above a few thousand postings only where some pass can
 * match ({@code Candidates}) and exactly only where a document can still reach a pass's window
 * ({@code Competitive}); the strict and relaxed passes, the semantic list fused in by reciprocal
 * rank, and reprints collapsed.
 */
package dev.weeklysearch.search.rank;
