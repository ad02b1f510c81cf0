package dev.weeklysearch.search;

import dev.weeklysearch.analysis.Bridge;
import dev.weeklysearch.analysis.Synonyms;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.search.commit.Commit;
import dev.weeklysearch.search.query.CompiledQuery;
import dev.weeklysearch.search.query.QueryFactory;
import dev.weeklysearch.search.query.TypoAutomata;
import dev.weeklysearch.search.query.DidYouMean;
import dev.weeklysearch.search.rank.Collapser;
import dev.weeklysearch.search.rank.Hybrid;
import dev.weeklysearch.semantic.Embeddings;
import dev.weeklysearch.semantic.QueryVectors;
import java.io.IOException;
import java.util.List;

/**
 * The stages a request passes through once, in order, over one served commit, and the caches that
 * outlive commits (owned here, for the facade's lifetime, each with its bound): the typo automata
 * of recent words ({@link TypoAutomata.Recent}) and the vectors of recent queries ({@link QueryVectors}).
 */
final class Pipeline {
    /** Reprints are collapsed within this many top documents per requested hit. */
    private static final int COLLAPSE_WINDOW = 3;

    private final TypoAutomata.Recent automata = new TypoAutomata.Recent();
    private final QueryVectors vectors = new QueryVectors();
    private final QueryFactory queries = new QueryFactory(automata);
    /** The English-Chinese dictionary, loaded once per facade: 5.5 MB of heap, 0.2-0.4 s to load ({@link Bridge}). */
    private final Bridge bridge = Bridge.load();
    /** Fuse the semantic ranking in when the index has vectors of our model. */
    private final boolean semantic;

    Pipeline(boolean semantic) {
        this.semantic = semantic;
    }

    /** One pass through the stages, in order: parse and plan, match and score, fuse, collapse, facets, highlight, answer. */
    SearchResult answer(Served served, SearchRequest request, long start, boolean fullText,
            Synonyms syn) throws IOException {
        Commit commit = served.commit();
        CompiledQuery q = queries.compile(request.query(), syn, bridge, commit.terms());
        int wanted = request.page() * request.size();
        int window = Math.max(wanted * COLLAPSE_WINDOW, 30);
        // Read before the ranking: the semantic side embeds what a misspelt query meant.
        String suggestion = DidYouMean.suggestion(commit.getIndexReader(), commit.terms(), q.parsed(), automata);
        String embedded = suggestion == null ? q.embedded() : q.embedded(suggestion);
        Hybrid.Answer a = Hybrid.run(commit, served.workspaces(), q, request, window,
                semanticOn(served) ? () -> vectors.of(embedded) : null);
        List<Collapser.Group> groups = Collapser.collapse(commit, a.ranked());
        int from = Math.min((request.page() - 1) * request.size(), groups.size());
        List<Collapser.Group> page = groups.subList(from, Math.min(wanted, groups.size()));
        List<Hit> hits = FusedHits.label(HitReader.read(commit, served.highlights(), page, q.highlight(), fullText),
                page, a);
        return new SearchResult(request.query(), a.total(), request.page(), request.size(), Searcher.elapsed(start),
                a.relaxed(), hits, a.facets().facets(), a.semantic(), suggestion);
    }

    /** Semantic ranking wanted, and the served commit holds vectors of the model this process runs. */
    boolean semanticOn(Served searcher) throws IOException {
        return semantic && Embeddings.MODEL_ID.equals(searcher.reader().getIndexCommit()
                .getUserData().get(Schema.COMMIT_EMBEDDING_MODEL));
    }
}
