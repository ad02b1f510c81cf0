package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Drives the embeddable search box (web/) in headless Chromium against a server speaking the /search contract. */
class SearchBoxBrowserTest {

    /** Comfortably longer than the box's 200 ms debounce: long enough for a search that should not happen. */
    private static final long BEYOND_DEBOUNCE_MS = 700;

    private static FixtureSearchServer fixture;
    private static String base;
    private static Browser browser;
    private static ChromeDriver driver;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        assumeTrue(Browser.available(), Browser.MISSING);
        base = startServer();
        browser = new Browser();
        driver = browser.driver;
    }

    /**
     * The one place that decides which server the box talks to. Until the real app exists this is a fixture
     * server; to test the real app, start it here on port 0 and return its base URL (fixture stays null).
     */
    private static String startServer() throws IOException {
        fixture = new FixtureSearchServer(Path.of("web"));
        return fixture.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void typingShowsHitsWithMarkedQueryWords() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        WebElement mark = waitFor(".ws-hit mark");
        assertThat(mark.getText()).isEqualToIgnoringCase("Multi-Raft");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        WebElement list = driver.findElement(By.id(box.getAttribute("aria-controls")));
        assertThat(list.getAttribute("role")).isEqualTo("listbox");
        assertThat(list.findElements(By.cssSelector("[role=option]"))).isNotEmpty();
    }

    @Test
    void arrowDownThenEnterOpensTheActiveHit() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        WebElement first = waitFor("[role=option]");
        String url = first.findElement(By.cssSelector(".ws-title")).getAttribute("href");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
        box.sendKeys(Keys.ENTER);
        waitUntil(() -> withoutFragment(driver.getCurrentUrl()).equals(withoutFragment(url)));
        assertThat(withoutFragment(driver.getCurrentUrl())).isEqualTo(withoutFragment(url)).startsWith(base);
    }

    @Test
    void nothingSearchesOrOpensWhileAnInputMethodComposes() throws InterruptedException {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        waitFor("[role=option]");
        box.sendKeys(Keys.ARROW_DOWN);
        String page = driver.getCurrentUrl();
        List<String> before = searchedQueries();
        js("""
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
        assertThat(driver.getCurrentUrl()).as("Enter picked a candidate, not a hit").isEqualTo(page);
        assertThat(searchedQueries()).as("searches while composing").isEqualTo(before);

        js("""
                const box = arguments[0];
                box.value = '分布式事务';
                box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: '分布式事务'}));
                box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '分布式事务'}));
                """, box);
        waitUntil(() -> searchedQueries().size() > before.size());
        Thread.sleep(BEYOND_DEBOUNCE_MS);
        assertThat(searchedQueries().subList(before.size(), searchedQueries().size())).containsExactly("分布式事务");
        if (fixture != null) {
            assertThat(fixture.searches().stream().map(p -> p.get("q")).toList()).isEqualTo(searchedQueries());
        }
        assertThat(waitFor(".ws-hit mark").getText()).isEqualTo("分布式事务");
    }

    @Test
    void anAnswerToAnOlderQueryNeverReplacesTheNewerOne() throws InterruptedException {
        WebElement box = open();
        box.sendKeys(FixtureSearchServer.SLOW + "Multi-Raft");
        waitUntil(() -> searchedQueries().size() == 1);
        box.clear();
        box.sendKeys("Seata");
        waitUntil(() -> markedWords().contains("Seata"));
        Thread.sleep(1500);
        assertThat(markedWords()).as("marked words once the older, slower answer has arrived")
                .isNotEmpty().containsOnly("Seata");
    }

    @Test
    void escapeClearsTheBoxAndClosesTheResults() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        waitFor("[role=option]");
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(driver.findElements(By.cssSelector("[role=option]"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".ws-panel")).isDisplayed()).isFalse();
    }

    @Test
    void slashFocusesTheBoxFromThePage() {
        WebElement box = open();
        driver.findElement(By.tagName("h1")).click();
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertThat(driver.switchTo().activeElement()).isEqualTo(box);
        assertThat(box.getAttribute("value")).isEmpty();
    }

    @Test
    void facetChipSendsAFilteredRequest() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        waitFor("[role=option]");
        WebElement chip = waitFor(".ws-chip[data-facet=type]:not([data-value=qa])");
        String type = chip.getAttribute("data-value");
        chip.click();
        waitUntil(() -> lastSearch().contains("type=" + type));
        waitUntil(() -> "true".equals(driver.findElement(
                By.cssSelector(".ws-chip[data-facet=type][data-value=" + type + "]")).getAttribute("aria-pressed")));
        List<WebElement> badges = driver.findElements(By.cssSelector("[role=option] .ws-badge"));
        assertThat(badges).isNotEmpty().allSatisfy(b -> assertThat(b.getAttribute("class")).contains("ws-badge-" + type));
    }

    @Test
    void moreButtonAppendsTheNextPage() {
        WebElement box = open();
        js("arguments[0].setAttribute('data-size', '2')", box);
        box.sendKeys("Multi-Raft");
        waitFor("[role=option]");
        assertThat(driver.findElements(By.cssSelector("[role=option]"))).hasSize(2);
        waitFor(".ws-more").click();
        waitUntil(() -> driver.findElements(By.cssSelector("[role=option]")).size() > 2);
        assertThat(lastSearch()).contains("page=2");
        List<String> ids = driver.findElements(By.cssSelector("[role=option]")).stream()
                .map(o -> o.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void badRequestShowsTheServiceMessage() throws Exception {
        HttpResponse<String> direct = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/search?q=Multi-Raft&size=1000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(direct.statusCode()).isEqualTo(400);
        String message = new ObjectMapper().readTree(direct.body()).path("message").asText();
        assertThat(message).isNotBlank();

        WebElement box = open();
        js("arguments[0].setAttribute('data-size', '1000')", box);
        box.sendKeys("Multi-Raft");
        WebElement error = waitFor(".ws-error");
        assertThat(error.getText()).contains(message);
        screenshot("target/searchbox-error.png");
        assertThat(driver.findElements(By.cssSelector("[role=option]"))).isEmpty();
    }

    @Test
    void markupInsideHitsIsShownAsTextAndNeverRuns() {
        assumeTrue(fixture != null, "the hostile hit lives in the fixture data");
        WebElement box = open();
        box.sendKeys("onerror");
        WebElement hit = waitFor("[role=option]");
        assertThat(hit.findElement(By.cssSelector(".ws-title")).getText())
                .contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=2\">");
        assertThat(hit.getText()).contains("<img src=x onerror=\"window.__xss=4\">").contains("<b>不应加粗</b>")
                .contains("<script>window.__xss=3</script>");
        assertThat(driver.findElements(By.cssSelector(".ws-panel img, .ws-panel script, .ws-panel b"))).isEmpty();
        assertThat(js("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void noHitsOffersSuggestionsAndExampleQueries() throws IOException {
        WebElement box = open();
        box.sendKeys("jrfat");
        WebElement empty = waitFor(".ws-empty");
        assertThat(empty.getText()).contains("jrfat");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        if (fixture != null) {
            assertThat(waitFor(".ws-suggestions .ws-query-chip").getText()).isEqualTo("SOFAJRaft");
        }
        screenshot("target/searchbox-empty.png");
        empty.findElement(By.cssSelector(".ws-examples [data-query='Multi-Raft']")).click();
        assertThat(waitFor(".ws-hit mark").getText()).isEqualToIgnoringCase("Multi-Raft");
        assertThat(box.getAttribute("value")).isEqualTo("Multi-Raft");
    }

    @Test
    void relaxedResultsAreExplained() {
        assumeTrue(fixture != null, "which query relaxes depends on the fixture data");
        WebElement box = open();
        box.sendKeys("Seata 不存在的词");
        waitFor("[role=option]");
        assertThat(waitFor(".ws-relaxed").getText()).isNotBlank();
    }

    @Test
    void screenshotsAndPhoneWidthWithoutHorizontalScroll() throws IOException {
        WebElement box;
        try {
            viewport(1280, 800, false);
            box = open();
            box.sendKeys("Multi-Raft");
            waitFor("[role=option]");
            box.sendKeys(Keys.ARROW_DOWN);
            screenshot("target/searchbox.png");
            viewport(360, 740, true);
            box = open();
            box.sendKeys("Multi-Raft");
            waitFor("[role=option]");
            screenshot("target/searchbox-phone.png");
            Number scrollWidth = (Number) js("return document.documentElement.scrollWidth");
            Number innerWidth = (Number) js("return window.innerWidth");
            assertThat(innerWidth.intValue()).isEqualTo(360);
            assertThat(scrollWidth.intValue()).as("horizontal scroll at phone width").isLessThanOrEqualTo(360);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private static WebElement open() {
        WebElement box = browser.open(base);
        if (fixture != null) {
            fixture.forgetSearches();
        }
        return box;
    }

    private static List<String> searchedQueries() {
        return browser.searchedQueries();
    }

    private static List<String> markedWords() {
        return browser.markedWords();
    }

    private static String lastSearch() {
        return browser.lastSearch();
    }

    private static Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private static WebElement waitFor(String css) {
        return browser.waitFor(css);
    }

    private static void waitUntil(BooleanSupplier condition) {
        browser.waitUntil(condition);
    }

    private static String withoutFragment(String url) {
        return Browser.withoutFragment(url);
    }

    private static void screenshot(String target) throws IOException {
        browser.screenshot(target);
    }
}
