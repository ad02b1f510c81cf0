package dev.weeklysearch.index;

import dev.weeklysearch.Corpus;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.PageSelectors;
import dev.weeklysearch.source.FolderSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: the fixture posts of {@code src/test/resources/posts}, and indexes built from them. */
public final class FixtureIndex {
    private FixtureIndex() {
    }

    /** The folder of fixture posts. */
    public static Path posts() {
        try {
            return Path.of(FixtureIndex.class.getResource("/posts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the fixture posts in {@code dir}, to change or delete in a test. */
    public static Path copyPosts(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(posts())) {
            for (Path p : s.toList()) {
                Files.copy(p, dir.resolve(p.getFileName().toString()));
            }
        }
        return dir;
    }

    /** Builds an index of {@code posts} in {@code index}. */
    public static ReindexSummary build(Path posts, Path index) throws IOException {
        return build(posts, index, Extractor.DEFAULT_BASE_URL);
    }

    /** Builds an index of {@code posts} in {@code index}, the posts' URLs under {@code baseUrl}. */
    public static ReindexSummary build(Path posts, Path index, String baseUrl) throws IOException {
        try {
            return new Indexer(index, new Extractor(baseUrl, PageSelectors.defaults()))
                    .reindex(List.of(new FolderSource(posts)), false, ProgressListener.NONE);
        } catch (IndexBusyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared corpus folder; skips the calling test where it is absent, fails it under CI (see {@link Corpus}). */
    public static Path sharedCorpus() {
        return Corpus.dir();
    }
}
