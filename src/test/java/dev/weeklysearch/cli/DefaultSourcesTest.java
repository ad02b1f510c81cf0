package dev.weeklysearch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.index.Schema;
import dev.weeklysearch.source.SiteServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped {@code weekly-search.yml}, pointed at a loopback site shaped like the live one (a
 * listing whose pages a script draws, a sitemap index, the tag's feed, weekly posts tagged only
 * "SOFAStack" that neither the feed nor the listing shows), indexes every weekly post; the sitemap
 * asks nothing of a post the feed already delivered.
 */
class DefaultSourcesTest {
    @TempDir
    Path tmp;

    /** The shipped config with its host replaced by the loopback site's. */
    private Path shippedConfigFor(SiteServer site) throws IOException {
        String shipped = Files.readString(Path.of("weekly-search.yml"), StandardCharsets.UTF_8);
        assertThat(shipped).contains("https://www.sofastack.tech/");
        Path config = tmp.resolve("weekly-search.yml");
        Files.writeString(config, shipped.replace("https://www.sofastack.tech/", site.url("/").toString()), StandardCharsets.UTF_8);
        return config;
    }

    private static List<String> indexedSlugs(Path index) throws IOException {
        List<String> slugs = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            Terms terms = MultiTerms.getTerms(reader, Schema.SLUG);
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                slugs.add(t.utf8ToString());
            }
        }
        return slugs;
    }

    private static String reindex(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream before = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).as(out.toString(StandardCharsets.UTF_8)).isZero();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedSourcesIndexEveryWeeklyPostOfALiveShapedSite() throws Exception {
        Path posts = Path.of(DefaultSourcesTest.class.getResource("/live-site").toURI());
        try (SiteServer site = SiteServer.startLive(posts)) {
            Path config = shippedConfigFor(site);
            Path index = tmp.resolve("index");

            String first = reindex("reindex", "--config", config.toString(), "--index", index.toString(),
                    "--crawl-delay", "0", "--no-semantic");

            assertThat(site.slugs()).hasSize(5);
            assertThat(indexedSlugs(index)).containsExactlyInAnyOrderElementsOf(site.slugs());
            assertThat(first).contains("failures: 0").contains("crawl feed ").contains("crawl sitemap ");
            // Feed: robots.txt, the feed, its 3 posts. Sitemap: robots.txt, the index, 2 urlsets, the 2 posts
            // tagged only SOFAStack, the 2 other blog posts and one other article; not the feed's 3 again.
            assertThat(site.totalHits()).as(first).isEqualTo(5 + 4 + 5);

            site.resetCounts();
            String again = reindex("reindex", "--config", config.toString(), "--index", index.toString(),
                    "--crawl-delay", "0", "--no-semantic");
            assertThat(again).contains("changed 0");
            assertThat(site.totalHits()).as("recrawl: robots.txt and feed; robots.txt, 3 sitemaps and the undated "
                    + "article").isEqualTo(2 + 5);
        }
    }

    @Test
    void theFeedAloneMissesThePostsTaggedOnlySofaStack() throws Exception {
        Path posts = Path.of(DefaultSourcesTest.class.getResource("/live-site").toURI());
        try (SiteServer site = SiteServer.startLive(posts)) {
            Path index = tmp.resolve("index");
            reindex("reindex", "--source", site.url("/tags/sofa-weekly/index.xml").toString(), "--config",
                    tmp.resolve("none.yml").toString(), "--index", index.toString(), "--crawl-delay", "0", "--no-semantic");
            assertThat(indexedSlugs(index)).hasSize(3).doesNotContain("sofa-weekly-20990320", "sofa-weekly-20990403");
        }
    }

    /** The figure a site owner gets: the shared corpus served as the live site, read by the shipped sources. */
    @Test
    void theShippedSourcesIndexEveryPostOfTheCorpus() throws Exception {
        Path corpus = FixtureIndex.sharedCorpus();
        long weekly;
        try (Stream<Path> files = Files.list(corpus)) {
            weekly = files.filter(f -> f.toString().endsWith(".md")).count();
        }
        try (SiteServer site = SiteServer.startLive(corpus)) {
            Path index = tmp.resolve("index");
            long start = System.nanoTime();
            String first = reindex("reindex", "--config", shippedConfigFor(site).toString(), "--index", index.toString(),
                    "--crawl-delay", "0", "--no-semantic");
            long millis = (System.nanoTime() - start) / 1_000_000;
            int firstRequests = site.totalHits();
            site.resetCounts();
            String again = reindex("reindex", "--config", shippedConfigFor(site).toString(), "--index", index.toString(),
                    "--crawl-delay", "0", "--no-semantic");
            System.out.printf("shipped sources over the corpus as the live site: %d weekly posts indexed of %d; first crawl "
                    + "%d requests in %d ms without delay; recrawl %d requests%n%s%s", indexedSlugs(index).size(), weekly,
                    firstRequests, millis, site.totalHits(), first, again);
            assertThat(indexedSlugs(index)).hasSize((int) weekly);
            assertThat(first).contains("failures: 0");
        }
    }
}
