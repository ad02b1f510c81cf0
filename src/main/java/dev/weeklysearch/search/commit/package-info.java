/**
 * The typed context of one index commit ({@link dev.weeklysearch.search.commit.Commit}), which every
 * stage of a request receives: the searcher, and what the stages' queries share per commit (stored
 * documents, term states, norms, posts; read when it opens: reprint groups, the faceted fields' ordinals
 * and the dates), each with one owner, one bound and the commit's lifetime.
 */
package dev.weeklysearch.search.commit;
