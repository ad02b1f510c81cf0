package dev.weeklysearch.extract;

import dev.weeklysearch.Corpus;
import dev.weeklysearch.source.RawPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus's posts (see {@link Corpus}: skipped where absent, failed under CI). */
final class CorpusSupport {
    private CorpusSupport() {
    }

    static Path corpus() {
        return Corpus.dir();
    }

    static List<Path> posts() throws IOException {
        try (Stream<Path> files = Files.list(corpus())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
    }

    static RawPost raw(Path file) throws IOException {
        String name = file.getFileName().toString();
        return RawPost.ofFile(name.substring(0, name.length() - 3), file.toString(), Files.readAllBytes(file),
                RawPost.Format.MARKDOWN);
    }
}
