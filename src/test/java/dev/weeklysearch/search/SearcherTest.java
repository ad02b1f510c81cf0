package dev.weeklysearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weeklysearch.index.FixtureIndex;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
    @TempDir
    static Path tmp;
    static Searcher searcher;

    @BeforeAll
    static void index() throws IOException {
        FixtureIndex.build(FixtureIndex.posts(), tmp);
        searcher = Searcher.open(tmp);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String q) throws IOException {
        return searcher.search(SearchRequest.of(q));
    }

    @Test
    void findsTheQuestionAndMarksTheWordInTitleAndText() throws IOException {
        SearchResult r = search("Multi-Raft");

        Hit top = r.hits().get(0);
        assertThat(top.type()).isEqualTo("qa");
        assertThat(top.title()).contains("Multi-Raft");
        assertThat(top.highlights().get("title")).contains("<mark>Multi-Raft</mark>");
        assertThat(top.highlights().get("text")).contains("<mark>");
        assertThat(top.url()).startsWith("https://www.sofastack.tech/blog/").contains("#:~:text=");
        assertThat(r.relaxed()).isFalse();
    }

    @Test
    void aReprintedQuestionIsOneHitWithAlsoIn() throws IOException {
        List<Hit> hits = search("SOFAJRaft Multi-Raft").hits().stream().filter(h -> h.type().equals("qa")).toList();

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).alsoIn()).hasSize(1);
        SearchResult r = search("SOFAJRaft Multi-Raft");
        assertThat(r.facets().get("type")).containsEntry("qa", 1);
        assertThat(r.total()).isEqualTo(r.hits().size());
        assertThat(List.of(hits.get(0).post().slug(), hits.get(0).alsoIn().get(0).slug()))
                .containsExactlyInAnyOrder("sofa-weekly-20190802", "sofa-weekly-20200110");
    }

    @Test
    void anExactProjectAndVersionRanksTheRelease() throws IOException {
        Hit top = search("MOSN 0.6.0").hits().get(0);

        assertThat(top.type()).isEqualTo("release");
        assertThat(top.project()).isEqualTo("MOSN");
        assertThat(top.versions()).contains("0.6.0");
    }

    @Test
    void aPartialVersionFindsTheReleasesOfItsLine() throws IOException {
        // Found with every word, not by the any-word fallback that would list every MOSN entry.
        SearchResult mosn = search("MOSN 0.6");
        assertThat(mosn.relaxed()).isFalse();
        assertThat(mosn.hits().get(0).versions()).contains("0.6.0");
        SearchResult jraft = search("SOFAJRaft 1.3");
        assertThat(jraft.relaxed()).isFalse();
        assertThat(jraft.hits()).filteredOn(h -> h.type().equals("release"))
                .extracting(Hit::versions).containsExactlyInAnyOrder(List.of("1.3.10"), List.of("1.3.1"));
    }

    @Test
    void aProjectGluedToItsVersionIsTheProjectAndTheVersion() throws IOException {
        for (String glued : List.of("mosnv0.6.0", "MOSN0.6.0", "MOSNV0.6")) {
            SearchResult result = search(glued);
            List<Hit> hits = result.hits();
            // Both parts are required words: the answer is not relaxed, and MOSN's own 0.6.0 comes
            // first (Occlum 0.6.0, with the version alone, may follow as a partial match).
            assertThat(result.relaxed()).as(glued).isFalse();
            assertThat(hits).as(glued).isNotEmpty();
            assertThat(hits.get(0).project()).as(glued).isEqualTo("MOSN");
            assertThat(hits.get(0).versions()).as(glued).contains("0.6.0");
        }
        assertThat(search("SOFAJRaft1.3.10").hits().get(0).versions()).containsExactly("1.3.10");
    }

    @Test
    void versionsMatchExactly() throws IOException {
        assertThat(search("1.3.1").hits()).extracting(Hit::versions).containsExactly(List.of("1.3.1"));
        assertThat(search("2.7.3").hits()).extracting(Hit::project).containsExactly("SOFATracer");
    }

    @Test
    void aQuestionMatchWeighsMoreThanAnAnswerMatch() throws IOException {
        // 蚂蚁金服 is in the question of one entry and only in a release's changes of another.
        List<Hit> hits = search("蚂蚁金服 注册中心").hits();
        assertThat(hits.get(0).type()).isEqualTo("qa");
        assertThat(hits.get(0).asker()).isEqualTo("孙七");
    }

    @Test
    void fallsBackToAnyWordAndSaysSo() throws IOException {
        SearchResult r = search("Multi-Raft zzyzxqwv");

        assertThat(r.relaxed()).isTrue();
        assertThat(r.hits()).isNotEmpty();
    }

    @Test
    void excludesWordsWithAMinus() throws IOException {
        assertThat(search("MOSN").hits()).anyMatch(h -> h.type().equals("release"));
        assertThat(search("MOSN -Listener").hits()).noneMatch(h -> h.text().contains("Listener"));
    }

    @Test
    void querySyntaxAroundWordsDoesNotHideThem() throws IOException {
        for (String q : List.of("mosn:", "(MOSN)", "MOSN*", "MOSN~2", "+MOSN")) {
            assertThat(search(q).hits()).as(q).anyMatch(h -> h.project().equals("MOSN"));
        }
    }

    @Test
    void htmlInPostsComesBackEscaped() throws IOException {
        Hit hit = search("script 文本").hits().get(0);

        assertThat(hit.highlights().get("title")).doesNotContain("<script").contains("&lt;");
        assertThat(hit.highlights().get("text")).doesNotContain("<script");
    }

    @Test
    void countsFacetsAndFilters() throws IOException {
        SearchResult all = search("SOFAJRaft");
        assertThat(all.facets()).containsKeys("type", "project", "year");
        assertThat(all.facets().get("type")).containsKey("release");

        SearchResult releases = searcher.search(SearchRequest.of("SOFAJRaft", null, null, "release", null, null, null));
        assertThat(releases.hits()).isNotEmpty().allMatch(h -> h.type().equals("release"));
        SearchResult y2021 = searcher.search(SearchRequest.of("SOFAJRaft", null, null, null, null, "2021", null));
        assertThat(y2021.hits()).isNotEmpty().allMatch(h -> h.post().date().startsWith("2021"));
    }

    @Test
    void everyHitCarriesItsRelevanceScoreInRankOrder() throws IOException {
        for (String q : List.of("SOFAJRaft", "发布", "MOSN 0.6.0", "Multi-Raft zzyzxqwv")) {
            List<Float> scores = search(q).hits().stream().map(Hit::score).toList();
            assertThat(scores).as(q).isNotEmpty().allMatch(s -> s > 0f);
            assertThat(scores).as(q).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
        List<Hit> byDate = searcher.search(SearchRequest.of("SOFAJRaft", null, null, null, null, null, "date")).hits();
        assertThat(byDate).isNotEmpty().allMatch(h -> h.score() > 0f);
    }

    @Test
    void eachFacetIgnoresItsOwnFilterAndObeysTheOthers() throws IOException {
        SearchResult all = filtered(null, null);
        SearchResult releases = filtered("release", null);
        SearchResult y2021 = filtered(null, "2021");
        SearchResult both = filtered("release", "2021");

        assertThat(all.facets().get("type")).hasSizeGreaterThan(1);
        // The type facet of a type-filtered search is the unfiltered one: other types keep their counts.
        assertThat(releases.facets().get("type")).isEqualTo(all.facets().get("type"));
        assertThat(releases.total()).isEqualTo(all.facets().get("type").get("release").longValue());
        assertThat(releases.facets().get("year").values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(releases.total());
        assertThat(y2021.facets().get("year")).isEqualTo(all.facets().get("year"));
        // With two filters, each facet obeys the other one.
        assertThat(both.facets().get("type")).isEqualTo(y2021.facets().get("type"));
        assertThat(both.facets().get("year")).isEqualTo(releases.facets().get("year"));
        assertThat(both.hits()).isNotEmpty().allMatch(h -> h.type().equals("release") && h.post().date().startsWith("2021"));
    }

    private static SearchResult filtered(String type, String year) throws IOException {
        return searcher.search(SearchRequest.of("SOFAJRaft", null, "50", type, null, year, null));
    }

    @Test
    void hitsCarryASnippetOfTextUnlessTheWholeIsAsked(@TempDir Path dir) throws IOException, URISyntaxException {
        FixtureIndex.build(Path.of(SearcherTest.class.getResource("/long-text").toURI()), dir);
        try (Searcher s = Searcher.open(dir)) {
            SearchRequest request = SearchRequest.of("灰度 路由规则");
            String whole = s.search(request, true).hits().get(0).text();
            String cut = s.search(request).hits().get(0).text();

            assertThat(whole.length()).isGreaterThan(HitReader.TEXT_CHARS);
            assertThat(cut).isEqualTo(whole.substring(0, HitReader.TEXT_CHARS) + "…");
        }
    }

    @Test
    void pagesDoNotOverlap() throws IOException {
        SearchResult p1 = searcher.search(SearchRequest.of("发布", "1", "2", null, null, null, null));
        SearchResult p2 = searcher.search(SearchRequest.of("发布", "2", "2", null, null, null, null));

        assertThat(p1.total()).isGreaterThan(2);
        assertThat(p1.hits()).hasSize(2);
        assertThat(p2.hits()).isNotEmpty();
        assertThat(p1.hits()).extracting(Hit::id).doesNotContainAnyElementsOf(p2.hits().stream().map(Hit::id).toList());
    }

    @Test
    void sortsByDateWhenAsked() throws IOException {
        List<Hit> hits = searcher.search(SearchRequest.of("SOFAJRaft", null, null, null, null, null, "date")).hits();
        List<String> dates = hits.stream().map(h -> h.post().date()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /**
     * A date sort orders every match, not only the best few: 40 posts whose short answer names a
     * snapshot, and a newer one whose long answer names it in passing, which ranks last by
     * relevance (beyond the window of candidates a relevance ranking looks at).
     */
    @Test
    void aDateSortPutsTheNewestMatchFirstHoweverLowItRanks(@TempDir Path dir) throws IOException {
        Path posts = java.nio.file.Files.createDirectories(dir.resolve("posts"));
        for (int i = 0; i <= 40; i++) {
            boolean newest = i == 40;
            String date = java.time.LocalDate.of(2020, 1, 3).plusWeeks(i).toString();
            java.nio.file.Files.writeString(posts.resolve("sofa-weekly-" + date.replace("-", "") + ".md"), """
                    ---
                    title: "SOFA Weekly | 第 %d 期"
                    date: %sT21:00:00+08:00
                    ---

                    ### 每周读者问答提炼

                    **@读者%d** 提问：

                    > %s

                    A：%s
                    """.formatted(i, date, i,
                    newest ? "日志第 " + i + " 问" : "注册中心的数据第 " + i + " 次怎么迁移？",
                    newest ? "请看文档，文档很长很长，讲了很多别的事情，最后才提到 snapshot 一词。"
                            : "迁移前先做一次 snapshot 再导入。"), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path index = dir.resolve("index");
        FixtureIndex.build(posts, index);
        try (Searcher s = Searcher.open(index)) {
            SearchResult byDate = s.search(SearchRequest.of("snapshot", null, "5", null, null, null, "date"));
            assertThat(byDate.total()).isEqualTo(41);
            assertThat(byDate.hits().get(0).post().date()).isEqualTo("2020-10-09");
            assertThat(byDate.hits()).extracting(h -> h.post().date())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(byDate.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
            SearchResult byRelevance = s.search(SearchRequest.of("snapshot", null, "50", null, null, null, null));
            assertThat(byRelevance.hits().get(byRelevance.hits().size() - 1).post().date()).isEqualTo("2020-10-09");
        }
    }

    @Test
    void suggestsProjectsForAPrefix() throws IOException {
        assertThat(searcher.suggest("jr", 5)).contains("SOFAJRaft");
    }

    @Test
    void rejectsWhatAClientGotWrong() {
        assertThatThrownBy(() -> SearchRequest.of("")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(257))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", "0", null, null, null, null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", null, "51", null, null, null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", "21", "50", null, null, null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", null, null, "faq", null, null, null)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", null, null, null, null, null, "best")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SearchRequest.of("x", "one", null, null, null, null, null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void healthTellsGenerationAndEntries() throws IOException {
        assertThat(searcher.health()).containsKeys("generation", "entries", "lastReindex");
        assertThat((Integer) searcher.health().get("entries")).isPositive();
    }
}
