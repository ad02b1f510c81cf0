package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.IndexStats;
import dev.weeklysearch.source.SiteServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reindex --source <sitemap URL>} over a loopback copy of the shared corpus fills the index
 * with as many entries of each kind as {@code reindex --source <folder>}. Runs with the command's
 * default politeness delay, so its wall time is what a crawl of the real site costs.
 */
class CrawlReindexTest {
    @TempDir
    Path tmp;

    @Test
    void reindexingTheCrawledSiteGivesTheFolderEntryCounts() throws Exception {
        Path corpus = FixtureIndex.sharedCorpus();
        String config = tmp.resolve("none.yml").toString();
        Path folderIndex = tmp.resolve("folder");
        Path crawlIndex = tmp.resolve("crawl");
        assertThat(Main.run("reindex", "--source", corpus.toString(), "--index", folderIndex.toString(),
                "--config", config)).isZero();
        try (SiteServer site = SiteServer.start(corpus)) {
            // The one non-weekly article the stand-in site links has no date line, like a real blog article.
            assertThat(Main.run("reindex", "--source", site.url("/sitemap.xml").toString(), "--index",
                    crawlIndex.toString(), "--exclude", "/blog/other-article/", "--crawl-delay", "0", "--config", config)).isZero();
        }
        Map<String, Integer> folder = entriesByType(folderIndex);
        Map<String, Integer> crawl = entriesByType(crawlIndex);
        System.out.printf("entries in index: folder %s (total %d), crawl %s (total %d)%n", folder, total(folder),
                crawl, total(crawl));
        assertThat(total(folder)).isGreaterThan(1000);
        assertThat(crawl).isEqualTo(folder);
    }

    private static Map<String, Integer> entriesByType(Path index) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return IndexStats.entriesByType(reader);
        }
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
