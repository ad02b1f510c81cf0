/**
 * One visitor word or quoted phrase as a Lucene query over the fields a caller names
 * ({@link dev.weeklysearch.search.query.text.TextQuery}): analysed once per chain for all of its
 * fields ({@link dev.weeklysearch.search.query.text.Memo}), with its phrase, loose words, joined and
 * split Latin forms, character pairs and versions. It knows nothing of the visitor's whole text,
 * typos, synonyms or plans, which stay in {@code search.query}.
 */
package dev.weeklysearch.search.query.text;
