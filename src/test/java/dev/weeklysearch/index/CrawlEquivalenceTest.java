package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.PageSelectors;
import dev.weeklysearch.source.CrawlOptions;
import dev.weeklysearch.source.CrawlTesting;
import dev.weeklysearch.source.FolderSource;
import dev.weeklysearch.source.LinkCrawlSource;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.SiteServer;
import dev.weeklysearch.source.SitemapSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A crawl of a loopback copy of the site yields exactly the entries of the Markdown folder: the
 * HTML path of the extractor and the Markdown path agree post by post, entry by entry.
 */
class CrawlEquivalenceTest {

    private static SiteServer site;
    private static Extractor extractor;
    private static Map<String, Extraction> folder;

    @BeforeAll
    static void serveTheCorpus() throws Exception {
        Path corpus = FixtureIndex.sharedCorpus();
        site = SiteServer.start(corpus);
        // The folder's post URLs are <base><slug>/: with the server's /blog/ as base they equal the crawled ones.
        extractor = new Extractor(site.url("/blog/").toString(), PageSelectors.defaults());
        CollectedPosts files = CollectedPosts.read(new FolderSource(corpus));
        folder = files.extract(extractor);
        assertThat(files.failures).isEmpty();
        assertThat(folder).hasSize(site.slugs().size());
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void sitemapCrawlYieldsTheFolderEntries() throws Exception {
        assertSameEntries("sitemap", new SitemapSource(site.url("/sitemap.xml"), options()));
    }

    @Test
    void linkCrawlOfTheTagPagesYieldsTheFolderEntries() throws Exception {
        assertSameEntries("link crawl", new LinkCrawlSource(site.url("/tags/sofa-weekly/"), options()));
    }

    private static void assertSameEntries(String name, PostSource source) throws Exception {
        CollectedPosts crawled = CollectedPosts.read(source);
        Map<String, Extraction> fromCrawl = crawled.extract(extractor);
        List<String> differences = EntryDiff.differences(folder, fromCrawl);
        System.out.printf("%s: %d posts, %d entries from the folder, %d posts, %d entries from the crawl; %s%n", name,
                folder.size(), EntryDiff.entryCount(folder), fromCrawl.size(), EntryDiff.entryCount(fromCrawl),
                EntryDiff.report(differences, 8));
        assertThat(crawled.failures).as("%s failures", name).isEmpty();
        if (name.equals("sitemap")) {
            assertThat(crawled.skipped).as("the site's non-weekly blog posts").hasSize(SiteServer.notWeeklySlugs().size());
        }
        assertThat(differences).as(EntryDiff.report(differences, 8)).isEmpty();
    }

    private static CrawlOptions options() {
        return CrawlTesting.fast().withInclude(List.of("/blog/(?!other-article/)"));
    }
}
