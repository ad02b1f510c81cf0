/**
 * The search facade ({@link dev.weeklysearch.search.Searcher}) and its API records
 * ({@link dev.weeklysearch.search.SearchRequest}, {@link dev.weeklysearch.search.SearchResult},
 * {@link dev.weeklysearch.search.Hit}, {@link dev.weeklysearch.search.PostRef}). A request flows
 * once through the stages of the sub-packages, in order: {@code query} (parse, plan) → {@code rank}
 * (match and score, fuse, collapse; its passes count the {@code facet}s) → {@code highlight} → the
 * answer, assembled here. Each stage receives the commit's typed context ({@code commit}).
 */
package dev.weeklysearch.search;
