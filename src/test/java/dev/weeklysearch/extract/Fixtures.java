package dev.weeklysearch.extract;

import dev.weeklysearch.source.RawPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Fixture posts under src/test/resources/extract. */
final class Fixtures {
    private Fixtures() {
    }

    static RawPost raw(String slug) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + slug + ".md")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + slug);
            }
            return RawPost.ofFile(slug, "fixture:" + slug, in.readAllBytes(), RawPost.Format.MARKDOWN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawPost markdown(String slug, String text) {
        return RawPost.ofFile(slug, "inline:" + slug, text.getBytes(StandardCharsets.UTF_8), RawPost.Format.MARKDOWN);
    }

    static List<Entry> entries(String slug) {
        try {
            return new Extractor().extract(raw(slug)).entries();
        } catch (PostException e) {
            throw new AssertionError(e);
        }
    }

    static List<Entry> ofKind(List<Entry> entries, EntryType kind) {
        return entries.stream().filter(e -> e.type() == kind).toList();
    }
}
