package dev.weeklysearch.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Markdown posts from one file or a folder tree, as a Hugo site keeps them: page bundles
 * {@code <slug>/index.md} (slug = the folder's path below the root, {@code /} read as {@code -}, so
 * {@code sofa-weekly/20220923/index.md} is {@code sofa-weekly-20220923}), flat {@code <slug>.md}
 * files, nested folders. Other {@code .md} files inside a bundle are its resources, not posts; list
 * pages ({@code _index.md}) are skipped and counted. Posts come in slug order.
 */
public final class FolderSource implements PostSource {
    static final String LIST_PAGE = "list page (_index.md)";

    /** Deeper folders are not read: a symbolic link loop would otherwise never end. */
    private static final int MAX_DEPTH = 32;

    private final Path path;

    public FolderSource(Path path) {
        this.path = path;
    }

    /** A post file and its slug. */
    private record Found(Path file, String slug) {
    }

    @Override
    public void read(Map<String, PostState> known, PostSink sink) throws SourceException {
        if (!Files.exists(path)) {
            throw new SourceException("no such file or folder: " + path);
        }
        List<Found> found = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try {
                walk(path, "", 0, found, sink);
            } catch (IOException | UncheckedIOException e) {
                throw new SourceException("cannot list " + path + ": " + e.getMessage(), e);
            }
        } else if (path.getFileName().toString().equals("_index.md")) {
            sink.skipped(path.toString(), LIST_PAGE);
        } else {
            found.add(new Found(path, slug(path)));
        }
        found.sort(Comparator.comparing(Found::slug));
        for (Found f : found) {
            try {
                sink.accept(RawPost.ofFile(f.slug(), f.file().toString(), Files.readAllBytes(f.file()), RawPost.Format.MARKDOWN));
            } catch (IOException e) {
                sink.failed(new PostSink.Failure(f.file().toString(), f.slug(), "unreadable: " + e.getMessage(), false));
            }
        }
    }

    /** One folder: a bundle when it holds {@code index.md}, else its posts and sub-folders. */
    private static void walk(Path dir, String prefix, int depth, List<Found> found, PostSink sink) throws IOException {
        Path index = dir.resolve("index.md");
        if (Files.isRegularFile(index)) {
            found.add(new Found(index, prefix.isEmpty() ? slug(index) : prefix.substring(0, prefix.length() - 1)));
            return;
        }
        if (depth > MAX_DEPTH) {
            throw new IOException("folders nested deeper than " + MAX_DEPTH + " at " + dir);
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                walk(child, prefix + name + "-", depth + 1, found, sink);
            } else if (name.equals("_index.md")) {
                sink.skipped(child.toString(), LIST_PAGE);
            } else if (name.endsWith(".md")) {
                found.add(new Found(child, prefix + slug(child)));
            }
        }
    }

    /** A file's slug: its name without {@code .md}, or its folder's name for a bundle's {@code index.md}. */
    static String slug(Path file) {
        String name = file.getFileName().toString();
        if (name.equals("index.md") && file.toAbsolutePath().getParent() != null
                && file.toAbsolutePath().getParent().getFileName() != null) {
            return file.toAbsolutePath().getParent().getFileName().toString();
        }
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    @Override
    public String describe() {
        return "folder " + path;
    }
}
