package dev.weeklysearch.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Markdown posts from a file or a folder of {@code .md} files (not recursive), in name order. */
public final class FolderSource implements PostSource {
    private final Path path;

    public FolderSource(Path path) {
        this.path = path;
    }

    @Override
    public void read(Map<String, PostState> known, PostSink sink) throws SourceException {
        if (!Files.exists(path)) {
            throw new SourceException("no such file or folder: " + path);
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                files = list.filter(FolderSource::isPost).sorted().toList();
            } catch (IOException e) {
                throw new SourceException("cannot list " + path + ": " + e.getMessage(), e);
            }
        } else {
            files = List.of(path);
        }
        for (Path file : files) {
            String slug = slug(file);
            try {
                sink.accept(RawPost.ofFile(slug, file.toString(), Files.readAllBytes(file), RawPost.Format.MARKDOWN));
            } catch (IOException e) {
                sink.failed(new PostSink.Failure(file.toString(), slug, "unreadable: " + e.getMessage(), false));
            }
        }
    }

    private static boolean isPost(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") && !name.startsWith(".") && !Files.isDirectory(file);
    }

    static String slug(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    @Override
    public String describe() {
        return "folder " + path;
    }
}
