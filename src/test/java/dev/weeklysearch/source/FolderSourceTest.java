package dev.weeklysearch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {
    @TempDir
    Path dir;

    private final List<RawPost> accepted = new ArrayList<>();
    private final List<PostSink.Failure> failed = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final PostSink sink = new PostSink() {
        @Override
        public void skipped(String location, String reason) {
            skipped.add(location + ": " + reason);
        }

        @Override
        public void accept(RawPost post) {
            accepted.add(post);
        }

        @Override
        public void unchanged(String slug) {
        }

        @Override
        public void failed(Failure failure) {
            failed.add(failure);
        }
    };

    @Test
    void readsMarkdownFilesSortedByNameSkippingHiddenAndOthers() throws Exception {
        Files.writeString(dir.resolve("b-post.md"), "b", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a-post.md"), "a", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".hidden.md"), "h", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.txt"), "n", StandardCharsets.UTF_8);
        new FolderSource(dir).read(Map.of(), sink);
        assertThat(accepted).extracting(RawPost::slug).containsExactly("a-post", "b-post");
        assertThat(accepted.getFirst().format()).isEqualTo(RawPost.Format.MARKDOWN);
        assertThat(accepted.getFirst().text()).isEqualTo("a");
        assertThat(failed).isEmpty();
    }

    @Test
    void readsHugoPageBundlesFlatFilesAndNestedFoldersSkippingListPages() throws Exception {
        Path bundles = Path.of(FolderSourceTest.class.getResource("/bundles").toURI());
        new FolderSource(bundles).read(Map.of(), sink);
        assertThat(accepted).extracting(RawPost::slug).containsExactly(
                "SOFA Weekly | 夏季 (特辑) & 问答, 第 2 期", "seata-deep-dive", "sofa-weekly-20990501",
                "sofa-weekly-20990515", "sofa-weekly-20990522");
        assertThat(accepted).extracting(p -> bundles.relativize(Path.of(p.location())).toString()).containsExactly(
                "SOFA Weekly | 夏季 (特辑) & 问答, 第 2 期/index.md", "seata-deep-dive/index.md",
                "sofa-weekly-20990501/index.md", "sofa-weekly/20990515/index.md", "sofa-weekly-20990522.md");
        assertThat(skipped).singleElement().asString().endsWith("_index.md: " + FolderSource.LIST_PAGE);
        assertThat(failed).isEmpty();
    }

    @Test
    void aBundleFolderOrItsIndexFileIsOnePostNamedByTheFolder() throws Exception {
        Path bundle = Files.createDirectories(dir.resolve("a, b & (c)"));
        Files.writeString(bundle.resolve("index.md"), "x", StandardCharsets.UTF_8);
        Files.writeString(bundle.resolve("resource.md"), "not a post", StandardCharsets.UTF_8);
        new FolderSource(bundle).read(Map.of(), sink);
        new FolderSource(bundle.resolve("index.md")).read(Map.of(), sink);
        assertThat(accepted).extracting(RawPost::slug).containsExactly("a, b & (c)", "a, b & (c)");
    }

    @Test
    void readsASingleFile() throws Exception {
        Path file = Files.writeString(dir.resolve("one.md"), "x", StandardCharsets.UTF_8);
        new FolderSource(file).read(Map.of(), sink);
        assertThat(accepted).extracting(RawPost::slug).containsExactly("one");
    }

    @Test
    void unreadableFileIsAFailureNotAnException() throws Exception {
        Files.createSymbolicLink(dir.resolve("dangling.md"), dir.resolve("nowhere"));
        Files.writeString(dir.resolve("one.md"), "x", StandardCharsets.UTF_8);
        new FolderSource(dir).read(Map.of(), sink);
        assertThat(accepted).extracting(RawPost::slug).containsExactly("one");
        assertThat(failed).singleElement().satisfies(f -> {
            assertThat(f.slug()).isEqualTo("dangling");
            assertThat(f.reason()).startsWith("unreadable");
            assertThat(f.gone()).isFalse();
        });
    }

    @Test
    void missingPathIsASourceException() {
        assertThatThrownBy(() -> new FolderSource(dir.resolve("nope")).read(Map.of(), sink))
                .isInstanceOf(SourceException.class).hasMessageContaining("nope");
    }

    @Test
    void describesItsFolder() throws IOException {
        assertThat(new FolderSource(dir).describe()).contains(dir.toString());
    }
}
