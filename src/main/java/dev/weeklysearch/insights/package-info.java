/**
 * Search insights: what readers search for, kept as daily aggregates in one SQLite file. A search
 * is counted by its normalised, redacted query and the bucket of its result count; a click by its
 * position and entry type. Nothing about a reader (no IP, cookie, user agent or id) ever reaches
 * this package, and no raw event is stored. Depends on nothing else of the project.
 */
package dev.weeklysearch.insights;
