package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.source.FolderSource;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.PostState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts that are not weekly posts and list pages are skipped: counted, remembered, never failures. */
class SkippedPostsTest {
    @TempDir
    Path tmp;

    private static Path bundles() throws Exception {
        return Path.of(SkippedPostsTest.class.getResource("/bundles").toURI());
    }

    @Test
    void aHugoContentFolderIndexesItsWeeklyPostsAndCountsTheRestAsSkipped() throws Exception {
        ReindexSummary s = new Indexer(tmp, new Extractor()).reindex(List.of(new FolderSource(bundles())), false,
                ProgressListener.NONE);

        assertThat(s.failures()).isEmpty();
        assertThat(s.postsSeen()).isEqualTo(4);
        assertThat(s.changed()).isEqualTo(4);
        assertThat(s.skipped()).containsExactlyInAnyOrderEntriesOf(
                Map.of("list page (_index.md)", 1, Skips.NOT_WEEKLY, 1));
        assertThat(s.skippedCount()).isEqualTo(2);
        assertThat(s.entriesInIndex().get("qa")).isEqualTo(4);
    }

    @Test
    void aMarkdownFileWithoutFrontMatterIsASkipNotAFailure() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(folder.resolve("sofa-weekly-20990109.md"), """
                ---
                title: "SOFA Weekly | 一月第二期"
                date: 2099-01-09T21:00:00+08:00
                ---

                ### 每周读者问答提炼

                **@读者** 提问：

                > 快照多久做一次？

                A：默认每小时一次。
                """, StandardCharsets.UTF_8);
        Path notes = Files.createDirectories(folder.resolve("practices/20990110"));
        Files.writeString(notes.resolve("index.md"), "# 平台工程的一些笔记\n\n这一页没有 front matter。\n",
                StandardCharsets.UTF_8);

        ReindexSummary s = new Indexer(tmp.resolve("index"), new Extractor())
                .reindex(List.of(new FolderSource(folder)), false, ProgressListener.NONE);

        assertThat(s.failures()).isEmpty();
        assertThat(s.skipped()).containsExactly(Map.entry("no front matter", 1));
        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.entriesInIndex().get("qa")).isEqualTo(1);
    }

    @Test
    void aSkippedPostIsRememberedAndSkippedAgainWithoutParsing() throws Exception {
        Indexer indexer = new Indexer(tmp, new Extractor());
        indexer.reindex(List.of(new FolderSource(bundles())), false, ProgressListener.NONE);

        // A crawl that knows the skipped page is unchanged (304, sitemap date) reports it unchanged.
        AtomicReference<PostState> remembered = new AtomicReference<>();
        PostSource recrawl = new PostSource() {
            @Override
            public void read(Map<String, PostState> known, PostSink sink) {
                remembered.set(known.get("seata-deep-dive"));
                known.keySet().forEach(sink::unchanged);
            }

            @Override
            public String describe() {
                return "recrawl";
            }
        };
        ReindexSummary again = indexer.reindex(List.of(recrawl), false, ProgressListener.NONE);

        assertThat(remembered.get()).isNotNull();
        assertThat(again.unchanged()).isEqualTo(4);
        assertThat(again.skipped()).containsExactly(Map.entry(Skips.NOT_WEEKLY, 1));
        assertThat(again.removed()).isZero();
        assertThat(again.failures()).isEmpty();

        ReindexSummary third = indexer.reindex(List.of(new FolderSource(bundles())), false, ProgressListener.NONE);
        assertThat(third.changed()).isZero();
        assertThat(third.skippedCount()).isEqualTo(2);
    }
}
