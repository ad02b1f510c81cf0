package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.analysis.Synonyms;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Insights end to end in headless Chromium: the real box reports what a reader settled on, and the
 * owner's page shows it, over the real service and its SQLite file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightsBrowserTest {
    private static final String TOKEN = "browser-owner-token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static BrowserSite site;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.require();
        site = BrowserSite.start(TOKEN);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (site != null) {
            site.close();
        }
    }

    private static JsonNode report() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(site.base + "/admin/api/insights?days=1"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    private static void event(String json) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(site.base + "/events"))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(1) // before the page's test adds its own events to the same store
    void aTypedPausedAndClickedSearchIsRecordedOnceWithItsPosition() throws Exception {
        browser.viewport(1280, 800, false);
        long before = report().path("searches").asLong();
        WebElement box = browser.load(site.host("header.html"), "#js-menu-search input");
        for (char c : "Multi-Raft".toCharArray()) {
            box.sendKeys(String.valueOf(c));
            Thread.sleep(260); // past the box's 200 ms debounce: each prefix is searched
        }
        browser.waitUntil(() -> "Multi-Raft".equals(browser.searchedQueries().getLast()));
        List<String> searched = browser.searchedQueries();
        assertThat(searched).as("the box searched as the reader typed").hasSizeGreaterThan(3);
        Thread.sleep(2600); // a pause: the settled query is reported
        WebElement second = browser.all(".ws-hit").get(1);
        second.findElement(By.cssSelector(".ws-title")).click();
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("/blog/"));
        browser.waitUntil(() -> {
            try {
                return report().path("clicks").asLong() == 1;
            } catch (Exception e) {
                return false;
            }
        });
        JsonNode r = report();
        assertThat(r.path("searches").asLong() - before).as("one search, not one per prefix").isEqualTo(1);
        assertThat(r.path("topQueries").toString()).isEqualTo("[{\"query\":\"multi-raft\",\"count\":1}]");
        assertThat(r.path("clickPositions").toString()).isEqualTo("[{\"position\":2,\"count\":1}]");
        assertThat(r.path("clickTypes")).hasSize(1);
        assertThat(r.path("clickTypes").get(0).path("type").asText()).isIn("qa", "release", "event", "article", "other");
    }

    @Test
    @Order(2)
    void theOwnersPageShowsItsChartsAt1280Pixels() throws Exception {
        for (String q : List.of("MOSN", "MOSN", "MOSN", "MOSN", "seata", "seata", "seata", "分布式事务", "分布式事务",
                "sofaboltt", "sofaboltt", "sofaboltt", "thread pool", "thread pool", "dist txn",
                "dist txn")) {
            event("{\"kind\":\"search\",\"q\":\"" + q + "\"}");
        }
        for (int p : new int[] {1, 1, 1, 2, 3, 1, 5}) {
            event("{\"kind\":\"click\",\"q\":\"MOSN\",\"position\":" + p + ",\"type\":\"qa\"}");
        }
        // The owner adds a synonym for a query that found nothing: the page shows that it answers now.
        site.synonyms(Synonyms.of(List.of(List.of("分布式事务", "dist txn"))));
        browser.viewport(1280, 1400, false);
        browser.driver.get(site.base + "/insights");
        browser.driver.findElement(By.id("token")).sendKeys(TOKEN);
        browser.driver.findElement(By.id("show")).click();
        browser.waitUntil(() -> "true".equals(browser.driver.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.js("return sessionStorage.getItem('weekly-search-admin-token')")).isEqualTo(TOKEN);
        assertThat(browser.js("return document.cookie")).isEqualTo("");
        browser.driver.switchTo().frame("report");
        assertThat(browser.driver.findElements(By.cssSelector("svg.chart"))).hasSize(4);
        assertThat(browser.driver.findElement(By.tagName("table")).getText()).contains("sofaboltt", "still nothing",
                "dist txn", "now finds");
        browser.driver.switchTo().defaultContent();
        browser.screenshot("target/screenshots/insights-1280.png");
    }
}
