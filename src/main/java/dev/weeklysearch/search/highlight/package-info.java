/**
 * Highlight ({@link dev.weeklysearch.search.highlight.Highlights}): the marked title and passage of
 * each hit on the page, from the offsets in the postings.
 */
package dev.weeklysearch.search.highlight;
