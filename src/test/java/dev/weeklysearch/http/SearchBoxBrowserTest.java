package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search box's behaviour in headless Chromium, attached to the header input of a host page shaped like the
 * real site's, against the real service over the fixture index.
 */
class SearchBoxBrowserTest {
    /** Comfortably longer than the box's 200 ms debounce: long enough for a search that should not happen. */
    private static final long BEYOND_DEBOUNCE_MS = 700;
    private static final String HEADER_INPUT = "#js-menu-search input";

    private static BrowserSite site;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Browser.require();
        site = BrowserSite.start();
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

    @BeforeEach
    void desktop() {
        browser.viewport(1280, 800, false);
    }

    @Test
    void typingShowsHitsWithMarkedQueryWords() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        WebElement mark = browser.waitFor(".ws-hit mark");
        assertThat(mark.getText()).isEqualToIgnoringCase("Multi-Raft");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.waitFor(".ws-list").getAttribute("role")).isEqualTo("listbox");
        assertThat(browser.all("[role=option]")).hasSizeGreaterThan(2);
    }

    @Test
    void arrowDownThenEnterOpensTheActiveHit() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        WebElement first = browser.waitFor("[role=option]");
        String url = first.findElement(By.cssSelector(".ws-title")).getAttribute("href");
        assertThat(url).startsWith(site.base + "/blog/").contains("#:~:text=");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> Browser.withoutFragment(browser.driver.getCurrentUrl()).equals(Browser.withoutFragment(url)));
        assertThat(browser.driver.getCurrentUrl()).startsWith(site.base + "/blog/sofa-weekly-");
    }

    @Test
    void nothingSearchesOrOpensWhileAnInputMethodComposes() throws InterruptedException {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor("[role=option]");
        box.sendKeys(Keys.ARROW_DOWN);
        String page = browser.driver.getCurrentUrl();
        List<String> before = browser.searchedQueries();
        browser.js("""
                const box = arguments[0];
                box.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));
                for (const partial of ['fen', 'fenbu', '分布式']) {
                  box.value = partial;
                  box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: partial}));
                }
                box.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true, cancelable: true, key: 'Enter', isComposing: true}));
                const legacy = new KeyboardEvent('keydown', {bubbles: true, cancelable: true, key: 'Enter'});
                Object.defineProperty(legacy, 'keyCode', {value: 229});
                box.dispatchEvent(legacy);
                """, box);
        Thread.sleep(BEYOND_DEBOUNCE_MS);
        assertThat(browser.driver.getCurrentUrl()).as("Enter picked a candidate, not a hit").isEqualTo(page);
        assertThat(browser.searchedQueries()).as("searches while composing").isEqualTo(before);

        browser.js("""
                const box = arguments[0];
                box.value = '分布式事务';
                box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: '分布式事务'}));
                box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '分布式事务'}));
                """, box);
        browser.waitUntil(() -> browser.searchedQueries().size() > before.size());
        Thread.sleep(BEYOND_DEBOUNCE_MS);
        List<String> all = browser.searchedQueries();
        assertThat(all.subList(before.size(), all.size())).containsExactly("分布式事务");
        browser.waitUntil(() -> !browser.markedWords().isEmpty() && !browser.markedWords().contains("Multi-Raft"));
        assertThat(browser.markedWords()).allMatch(w -> "分布式事务".contains(w));
    }

    @Test
    void anAnswerToAnOlderQueryNeverReplacesTheNewerOne() throws InterruptedException {
        WebElement box = open();
        browser.slowDown("Multi-Raft");
        box.sendKeys("Multi-Raft");
        browser.waitUntil(() -> browser.searchedQueries().size() == 1);
        box.clear();
        box.sendKeys("Seata");
        browser.waitUntil(() -> browser.markedWords().contains("Seata"));
        Thread.sleep(2000);
        assertThat(browser.markedWords()).as("marked words once the older, slower answer has arrived")
                .isNotEmpty().containsOnly("Seata");
    }

    @Test
    void escapeClearsTheBoxAndClosesTheResults() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor("[role=option]");
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.all("[role=option]")).isEmpty();
        assertThat(browser.all(".ws-panel")).isEmpty();
    }

    @Test
    void clickingOutsideHidesTheResultsAndFocusShowsThemAgain() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor("[role=option]");
        browser.driver.findElement(By.cssSelector(".brand")).click();
        assertThat(browser.all(".ws-panel")).isEmpty();
        box.click();
        assertThat(browser.waitFor("[role=option]").isDisplayed()).isTrue();
        assertThat(box.getAttribute("value")).isEqualTo("Multi-Raft");
    }

    @Test
    void slashAndCtrlKFocusTheHeaderInput() {
        WebElement box = open();
        browser.driver.findElement(By.tagName("h1")).click();
        browser.driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(box);
        assertThat(box.getAttribute("value")).isEmpty();

        browser.driver.findElement(By.tagName("h1")).click();
        assertThat(browser.driver.switchTo().activeElement()).isNotEqualTo(box);
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(box);
    }

    @Test
    void facetChipSendsAFilteredRequest() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor("[role=option]");
        WebElement chip = browser.waitFor(".ws-chip[data-facet=type]:not([data-value=qa])");
        String type = chip.getAttribute("data-value");
        chip.click();
        browser.waitUntil(() -> browser.lastSearch().contains("type=" + type));
        browser.waitUntil(() -> "true".equals(browser.waitFor(
                ".ws-chip[data-facet=type][data-value=" + type + "]").getAttribute("aria-pressed")));
        browser.waitUntil(() -> browser.all("[role=option] .ws-badge").stream()
                .allMatch(b -> b.getAttribute("class").contains("ws-badge-" + type)));
        assertThat(browser.all("[role=option] .ws-badge")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getAttribute("class")).contains("ws-badge-" + type));
    }

    @Test
    void moreButtonAppendsTheNextPage() {
        WebElement box = open();
        browser.js("arguments[0].setAttribute('data-size', '2')", box);
        box.sendKeys("Multi-Raft");
        browser.waitFor("[role=option]");
        assertThat(browser.all("[role=option]")).hasSize(2);
        browser.waitFor(".ws-more").click();
        browser.waitUntil(() -> browser.all("[role=option]").size() > 2);
        assertThat(browser.lastSearch()).contains("page=2");
        assertThat(browser.all("[role=option]").stream().map(o -> o.getAttribute("id")).toList()).doesNotHaveDuplicates();
    }

    @Test
    void badRequestShowsTheServiceMessage() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(site.base + "/search?q=Multi-Raft&size=1000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(400);
        String message = new ObjectMapper().readTree(direct.body()).path("message").asText();
        assertThat(message).isNotBlank();

        WebElement box = open();
        browser.js("arguments[0].setAttribute('data-size', '1000')", box);
        box.sendKeys("Multi-Raft");
        assertThat(browser.waitFor(".ws-error").getText()).contains(message);
        assertThat(browser.all("[role=option]")).isEmpty();
    }

    @Test
    void markupInsideHitsIsShownAsTextAndNeverRuns() {
        WebElement box = open();
        box.sendKeys("onerror");
        WebElement hit = browser.waitFor("[role=option]");
        assertThat(hit.getText()).contains("<img src=x onerror=\"window.__xss=2\">")
                .contains("<script>window.__xss=1</script>").contains("<b>不应加粗</b>");
        assertThat(browser.exists(".ws-panel img, .ws-panel script, .ws-panel b")).isFalse();
        assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void noHitsOffersExampleQueriesThatSearch() {
        WebElement box = open();
        box.sendKeys("zqxwvzqxwv");
        WebElement empty = browser.waitFor(".ws-empty");
        assertThat(empty.getText()).contains("zqxwvzqxwv");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        browser.waitFor(".ws-examples [data-query='Multi-Raft']").click();
        assertThat(browser.waitFor(".ws-hit mark").getText()).isEqualToIgnoringCase("Multi-Raft");
        assertThat(box.getAttribute("value")).isEqualTo("Multi-Raft");
    }

    @Test
    void aSuggestionInTheAnswerIsALinkThatSearchesIt() {
        WebElement box = open();
        browser.suggest("Multi-Rfat", "Multi-Raft");
        box.sendKeys("Multi-Rfat");
        WebElement link = browser.waitFor(".ws-suggestion a");
        assertThat(link.getText()).isEqualTo("Multi-Raft");
        link.click();
        browser.waitUntil(() -> browser.lastSearch().contains("q=Multi-Raft&"));
        browser.waitUntil(() -> browser.all(".ws-suggestion").isEmpty());
        assertThat(browser.markedWords()).contains("Multi-Raft");
        assertThat(box.getAttribute("value")).isEqualTo("Multi-Raft");
    }

    @Test
    void relaxedResultsAreExplained() {
        WebElement box = open();
        box.sendKeys("Seata zqxwvzqxwv");
        browser.waitFor("[role=option]");
        assertThat(browser.waitFor(".ws-relaxed").getText()).isNotBlank();
        box.clear();
        box.sendKeys("Seata");
        browser.waitUntil(() -> browser.lastSearch().endsWith("q=Seata&page=1&size=10"));
        browser.waitUntil(() -> browser.all(".ws-relaxed").isEmpty());
    }

    private static WebElement open() {
        return browser.load(site.host("header.html"), HEADER_INPUT);
    }
}
