package dev.weeklysearch.search;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A searcher over an index of one folder of fixture posts under {@code src/test/resources}, for the
 * ranking tests that each bring a few posts of their own: registered as a static extension, it
 * builds the index with the real indexer before the class's tests and opens the real {@link Searcher}
 * (lexical: fixture indexes carry no vectors), then closes it and deletes the index after them.
 */
final class FixtureSearcher implements BeforeAllCallback, AfterAllCallback {
    private final String resource;
    private Path index;
    private Searcher searcher;

    /** {@code resource}: a folder of posts on the test class path, e.g. {@code "/glued-typos"}. */
    FixtureSearcher(String resource) {
        this.resource = resource;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        index = Files.createTempDirectory("weekly-search-fixture");
        FixtureIndex.build(Path.of(FixtureSearcher.class.getResource(resource).toURI()), index);
        searcher = Searcher.open(index, 60_000, 0, false);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        searcher.close();
        try (Stream<Path> files = Files.walk(index)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    SearchResult search(String q) throws IOException {
        return searcher.search(SearchRequest.of(q));
    }

    /** The titles of the first page of hits for {@code q}, best first. */
    List<String> titles(String q) throws IOException {
        return search(q).hits().stream().map(Hit::title).toList();
    }
}
