package dev.weeklysearch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** TEMPORARY until the extract branch lands: Markdown posts in a folder, or one post file. */
public final class FolderSource implements PostSource {
    private final Path path;

    public FolderSource(Path path) {
        this.path = path;
    }

    @Override
    public void read(Map<String, PostState> known, PostSink sink) throws SourceException {
        List<Path> files;
        if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
            } catch (IOException e) {
                throw new SourceException("cannot list " + path + ": " + e.getMessage(), e);
            }
        } else {
            throw new SourceException("no such file or folder: " + path);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String slug = name.substring(0, name.length() - 3);
            try {
                sink.accept(RawPost.ofFile(slug, f.toString(), Files.readAllBytes(f), RawPost.Format.MARKDOWN));
            } catch (IOException e) {
                sink.failed(new PostSink.Failure(f.toString(), slug, "unreadable: " + e.getMessage(), false));
            }
        }
    }

    @Override
    public String describe() {
        return path.toString();
    }
}
