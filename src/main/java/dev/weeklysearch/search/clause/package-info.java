/**
 * Match and score a compiled query's clauses ({@link dev.weeklysearch.search.clause.ClauseScores}):
 * each distinct clause taken apart into boosted leaves, pruned of absent terms, and scored once per
 * request into per-document sums the ranking's passes read; above a few thousand postings only where
 * some pass can match ({@code Candidates}, found from bit sets before anything is scored), and exactly
 * only where a document can still reach a pass's window ({@code Competitive}). The scoring arrays
 * are pooled per commit ({@link dev.weeklysearch.search.clause.Workspaces}).
 */
package dev.weeklysearch.search.clause;
