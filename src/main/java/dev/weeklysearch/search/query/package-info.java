/**
 * Parse and plan: a visitor's text becomes the clause queries of every searched field
 * ({@link dev.weeklysearch.search.query.QueryFactory}), with its typo corrections, synonyms and
 * intents, and the highlight query. Nothing here reads scores or hits. Each word's own query is
 * built by {@code search.query.text}, which uses nothing of this package.
 */
package dev.weeklysearch.search.query;
