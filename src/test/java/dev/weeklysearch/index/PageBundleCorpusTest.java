package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.source.FolderSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared corpus laid out as the site's repository keeps it ({@code content/zh/blog/<folder>/index.md},
 * built here in a temporary folder): with a list page, folder names a site owner may use, the one
 * nested folder and a non-weekly post, it indexes exactly the entries of the flat folder.
 */
class PageBundleCorpusTest {
    /** Flat slug → bundle folder name: spaces, '|', '(', '&' and commas are legal folder names. */
    private static final Map<String, String> RENAMED = Map.of(
            "sofa-weekly-20190802", "SOFA Weekly | 2019 (08) & 02, 问答",
            "sofa-weekly-0421", "sofa weekly 0421",
            "sofa-special-weekly", "special, (weekly) & more");

    @TempDir
    Path tmp;

    private static Path corpus() {
        Path dir = Path.of(System.getProperty("weeklysearch.shared", "../shared"), "corpus", "sofa-weekly");
        if (!Files.isDirectory(dir) && "true".equals(System.getenv("CI"))) {
            fail("shared corpus not found at " + dir + " and CI=true: corpus tests must run in CI");
        }
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + ": page-bundle corpus test skipped");
        return dir;
    }

    @Test
    void aPageBundleCopyIndexesExactlyTheEntriesOfTheFlatFolder() throws Exception {
        Path flat = corpus();
        Path blog = Files.createDirectories(tmp.resolve("content/zh/blog"));
        Map<String, String> slugOf = new TreeMap<>();
        try (Stream<Path> files = Files.list(flat)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String slug = f.getFileName().toString().replaceFirst("\\.md$", "");
                String folder = slug.equals("sofa-weekly-20220923") ? "sofa-weekly/20220923" : RENAMED.getOrDefault(slug, slug);
                Path bundle = Files.createDirectories(blog.resolve(folder));
                Files.copy(f, bundle.resolve("index.md"));
                slugOf.put(slug, folder.replace('/', '-'));
            }
        }
        Files.writeString(blog.resolve("_index.md"), "---\ntitle: \"博客\"\n---\n", StandardCharsets.UTF_8);
        Path other = Files.createDirectories(blog.resolve("seata-at-mode"));
        Files.writeString(other.resolve("index.md"), "---\ntitle: \"Seata AT 模式详解\"\ncategories: \"Seata\"\n"
                + "tags: [\"Seata\", \"分布式事务\"]\ndate: 2021-06-01T10:00:00+08:00\n---\n\n## 一段\n\n不是周报的一篇文章。\n",
                StandardCharsets.UTF_8);

        Extractor extractor = new Extractor();
        Map<String, List<String>> want = entries(CollectedPosts.read(new FolderSource(flat)).extract(extractor), Map.of());
        CollectedPosts bundled = CollectedPosts.read(new FolderSource(blog));
        Map<String, List<String>> got = entries(bundled.extract(extractor), invert(slugOf));

        assertThat(want).hasSize(144);
        assertThat(bundled.failures).isEmpty();
        assertThat(bundled.skipped).hasSize(2).anySatisfy(s -> assertThat(s).contains("seata-at-mode", "not a weekly post"))
                .anySatisfy(s -> assertThat(s).endsWith("_index.md: list page (_index.md)"));
        assertThat(got).isEqualTo(want);

        ReindexSummary s = new Indexer(tmp.resolve("index"), extractor).reindex(List.of(new FolderSource(blog)), false,
                ProgressListener.NONE);
        assertThat(s.failures()).isEmpty();
        assertThat(s.postsSeen()).isEqualTo(144);
        assertThat(s.skipped()).containsExactlyInAnyOrderEntriesOf(
                Map.of(Skips.NOT_WEEKLY, 1, "list page (_index.md)", 1));
        assertThat(s.entriesInIndex().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(want.values().stream().mapToInt(List::size).sum());
    }

    private static Map<String, String> invert(Map<String, String> m) {
        Map<String, String> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(v, k));
        return out;
    }

    /** Each post's entries without what names the post (slug, id, URL, file), keyed by the flat slug. */
    private static Map<String, List<String>> entries(Map<String, Extraction> extractions, Map<String, String> flatSlug) {
        Map<String, List<String>> out = new TreeMap<>();
        extractions.forEach((slug, x) -> out.put(flatSlug.getOrDefault(slug, slug), x.entries().stream()
                .map(PageBundleCorpusTest::content).toList()));
        return out;
    }

    private static String content(Entry e) {
        return String.join(" | ", e.type().id(), e.post().title(), String.valueOf(e.post().date()), e.section(),
                e.anchor(), e.title(), e.text(), e.asker(), e.question(), e.answer(), String.valueOf(e.rounds()),
                String.valueOf(e.issue()), e.project(), String.valueOf(e.versions()), String.valueOf(e.links()));
    }
}
