/**
 * Parse and plan: a visitor's text becomes the clause queries of every searched field
 * ({@link dev.weeklysearch.search.query.QueryFactory}), with its typo corrections, synonyms and
 * intents, and the highlight query. Nothing here reads scores or hits.
 */
package dev.weeklysearch.search.query;
