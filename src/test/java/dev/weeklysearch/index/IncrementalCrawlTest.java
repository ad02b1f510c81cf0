package dev.weeklysearch.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.PageSelectors;
import dev.weeklysearch.source.CrawlOptions;
import dev.weeklysearch.source.CrawlSource;
import dev.weeklysearch.source.CrawlTesting;
import dev.weeklysearch.source.LinkCrawlSource;
import dev.weeklysearch.source.SiteServer;
import dev.weeklysearch.source.SitemapSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One index follows a loopback copy of the site through its life: a first crawl, recrawls with
 * nothing changed, one edited page, a broken deploy and a deleted page. The tests run in order,
 * each starting from the index the previous one left in step with the site.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalCrawlTest {

    private static SiteServer site;
    private static Path index;
    private static Indexer indexer;
    private static int posts;

    @BeforeAll
    static void serveTheCorpus() throws IOException {
        Path corpus = FixtureIndex.sharedCorpus();
        site = SiteServer.start(corpus);
        posts = site.slugs().size();
        index = Files.createTempDirectory("incremental-crawl");
        indexer = new Indexer(index, new Extractor(site.url("/blog/").toString(), PageSelectors.defaults()));
    }

    @AfterAll
    static void stop() throws IOException {
        if (site != null) {
            site.close();
            try (Stream<Path> files = Files.walk(index)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void firstCrawlIndexesEveryPost() throws Exception {
        ReindexSummary s = reindex(sitemap(), "first sitemap crawl");
        assertThat(s.failures()).isEmpty();
        assertThat(s.changed()).isEqualTo(posts);
        assertThat(s.skipped()).containsExactly(Map.entry("not a weekly post", SiteServer.notWeeklySlugs().size()));
        assertThat(site.pagesServed()).isEqualTo(posts + SiteServer.notWeeklySlugs().size());
    }

    @Test
    @Order(2)
    void unchangedSitemapLastmodMeansNoPageRequestAndNoAnalysis() throws Exception {
        CrawlSource source = sitemap();
        ReindexSummary s = reindex(source, "no-change sitemap recrawl");
        assertThat(s.changed()).isZero();
        assertThat(s.unchanged()).isEqualTo(posts);
        assertThat(s.removed()).isZero();
        assertThat(s.skippedCount()).as("non-weekly posts, remembered").isEqualTo(SiteServer.notWeeklySlugs().size());
        assertThat(site.slugs()).allSatisfy(slug -> assertThat(site.hits("/blog/" + slug + "/")).isZero());
        assertThat(source.stats().requests()).isEqualTo(site.totalHits()).isEqualTo(4);
    }

    @Test
    @Order(3)
    void withoutLastmodEveryPageIsAskedConditionallyAndAnswers304() throws Exception {
        site.sitemapLastmod(false);
        try {
            ReindexSummary s = reindex(sitemap(), "no-change sitemap recrawl without lastmod");
            assertThat(s.changed()).isZero();
            assertThat(s.unchanged()).isEqualTo(posts);
            assertThat(s.skippedCount()).isEqualTo(SiteServer.notWeeklySlugs().size());
            assertThat(site.conditionalHits()).isEqualTo(posts + SiteServer.notWeeklySlugs().size());
            assertThat(site.pagesServed()).isZero();
        } finally {
            site.sitemapLastmod(true);
        }
    }

    @Test
    @Order(4)
    void listingRecrawlSendsOnlyListingAndFeedRequests() throws Exception {
        CrawlSource source = new LinkCrawlSource(site.url("/tags/sofa-weekly/"), options());
        ReindexSummary s = reindex(source, "no-change listing recrawl");
        assertThat(s.changed()).isZero();
        assertThat(s.unchanged()).isEqualTo(posts);
        assertThat(s.removed()).as("the sitemap's non-weekly posts are not listed, but skipped, never indexed").isZero();
        assertThat(site.pagesServed()).isZero();
        int listings = (posts + SiteServer.PER_PAGE - 1) / SiteServer.PER_PAGE;
        assertThat(source.stats().requests()).as("robots.txt, %d listings, the feed", listings).isEqualTo(listings + 2)
                .isLessThanOrEqualTo(30);
    }

    @Test
    @Order(5)
    void oneChangedPageIsTheOnlyPostReindexed() throws Exception {
        String slug = site.slugs().get(posts / 2);
        site.change(slug, "本周新增一段补充说明：Layotto 的 sidecar 模式升级指南。");
        ReindexSummary s = reindex(sitemap(), "recrawl after one change");
        assertThat(s.changed()).isEqualTo(1);
        assertThat(s.unchanged()).isEqualTo(posts - 1);
        // the listing crawl before did not list the non-weekly posts, so their states were forgotten
        assertThat(site.pagesServed()).isEqualTo(1 + SiteServer.notWeeklySlugs().size());
        assertThat(site.hits("/blog/" + slug + "/")).isEqualTo(1);
        assertThat(entriesOf(slug, "sidecar 模式升级指南")).isEqualTo(1);
    }

    @Test
    @Order(6)
    void failedSitemapDeletesNothing() throws Exception {
        int before = entriesInIndex();
        site.sitemapBroken(true);
        try {
            ReindexSummary s = reindex(sitemap(), "crawl with a broken sitemap");
            assertThat(s.complete()).isFalse();
            assertThat(s.removed()).isZero();
            assertThat(s.failures()).isNotEmpty();
        } finally {
            site.sitemapBroken(false);
        }
        assertThat(entriesInIndex()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void pageAnswering404LosesItsEntries() throws Exception {
        String slug = site.slugs().get(posts / 3);
        int before = entriesInIndex();
        int ofPost = entriesOf(slug, null);
        assertThat(ofPost).isPositive();
        site.gone(slug);
        // Without lastmod every listed page is asked again, so the crawl sees the 404 (with an unmoved
        // lastmod it would rightly not ask; a page the site deletes also leaves the sitemap).
        site.sitemapLastmod(false);
        try {
            ReindexSummary s = reindex(sitemap(), "crawl after a page went 404");
            assertThat(s.complete()).isTrue();
            assertThat(s.removed()).isEqualTo(1);
            assertThat(s.unchanged()).isEqualTo(posts - 1);
        } finally {
            site.sitemapLastmod(true);
        }
        assertThat(site.hits("/blog/" + slug + "/")).isEqualTo(1);
        assertThat(entriesOf(slug, null)).isZero();
        assertThat(entriesInIndex()).isEqualTo(before - ofPost);
    }

    private static ReindexSummary reindex(CrawlSource source, String what) throws Exception {
        site.resetCounts();
        ReindexSummary s = indexer.reindex(List.of(source), false, ProgressListener.NONE);
        System.out.printf("%s: %.2f s, changed %d, unchanged %d, removed %d, entries %d, failures %d; crawl %s%n", what,
                s.wallTime().toMillis() / 1000.0, s.changed(), s.unchanged(), s.removed(),
                s.entriesInIndex().values().stream().mapToInt(Integer::intValue).sum(), s.failures().size(),
                source.stats().summary());
        return s;
    }

    private static CrawlSource sitemap() {
        return new SitemapSource(site.url("/sitemap.xml"), options());
    }

    private static CrawlOptions options() {
        return CrawlTesting.fast().withInclude(List.of("/blog/(?!other-article/)"));
    }

    private static int entriesInIndex() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            return IndexStats.entriesByType(reader).values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Entries of {@code slug}; with {@code containing}, only those whose stored text has it. */
    private static int entriesOf(String slug, String containing) throws IOException {
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int n = 0;
            for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Schema.SLUG, slug)), 1000).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                if (doc.get(Schema.ID).startsWith(slug + "/")
                        && (containing == null || doc.get(Schema.TEXT).contains(containing))) {
                    n++;
                }
            }
            return n;
        }
    }
}
