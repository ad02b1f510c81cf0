package dev.weeklysearch.extract;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weeklysearch.source.RawPost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus, or a skipped test when it is absent. */
final class CorpusSupport {
    private CorpusSupport() {
    }

    static Path corpus() {
        Path dir = Path.of(System.getProperty("weeklysearch.shared", "../shared"), "corpus", "sofa-weekly");
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + ": corpus tests skipped");
        return dir;
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
