/**
 * Facets ({@link dev.weeklysearch.search.facet.FacetCounts}): disjunctive counts per type, project
 * and year, taken in the same pass that collects a ranking pass's top documents.
 */
package dev.weeklysearch.search.facet;
