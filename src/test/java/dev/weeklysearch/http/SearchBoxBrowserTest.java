package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The search box's behaviour in headless Chromium, attached to the header input of a host page shaped like the
 * real site's, against the real service over the fixture index.
 */
class SearchBoxBrowserTest extends BrowserTestCase {
    /** Comfortably longer than the box's 200 ms debounce: long enough for a search that should not happen. */
    private static final long BEYOND_DEBOUNCE_MS = 700;
    private static final String HEADER_INPUT = "#js-menu-search input";

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
        assertThat(box.getAttribute("role")).isEqualTo("combobox");
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(box.getAttribute("aria-controls")).isEqualTo(browser.js(
                "return document.querySelector('[data-weekly-search-panel=popup]').id"));
        assertThat(browser.all(".ws-hit")).hasSizeGreaterThan(2);
    }

    @Test
    void enterWithNoHitChosenLandsOnTheSitesSearchPageShowingOurResults() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("/host/search.html"));
        WebElement input = browser.waitFor("#js-search-input[data-weekly-search-ready]");
        browser.waitFor(".ws-page .ws-hit mark");
        assertThat(browser.driver.getCurrentUrl()).as("the site's parameter names stay in the address")
                .contains("query=Multi-Raft").contains("type=all").contains("page=1").doesNotContain("q=");
        assertThat(input.getAttribute("value")).isEqualTo("Multi-Raft");
        assertThat(browser.markedWords()).contains("Multi-Raft");
        assertThat(browser.all(".ws-page .ws-hit").getFirst().isDisplayed()).isTrue();
        browser.waitUntil(() -> browser.exists(".old-result"));
        assertThat(browser.all(".old-result")).as("the older script's answer stays hidden").isEmpty();
        assertThat(browser.all("footer.page-footer")).as("the rest of the page is intact").hasSize(1);
    }

    @Test
    void theSearchPageTakesEnterAndItsButtonBeforeItsOlderScript() {
        WebElement input = browser.load(site.host("search.html?query=Seata&type=qa"), "#js-search-input");
        browser.waitFor(".ws-hit mark");
        assertThat(browser.all(".ws-hit .ws-badge")).allSatisfy(b -> assertThat(b.getAttribute("class")).contains("ws-badge-qa"));
        Object before = browser.js("return window.__oldSearches.length");
        input.clear();
        input.sendKeys("Multi-Raft", Keys.ENTER);
        browser.waitUntil(() -> browser.markedWords().contains("Multi-Raft"));
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("query=Multi-Raft"));
        assertThat(browser.driver.getCurrentUrl()).contains("type=qa");
        browser.driver.findElement(By.id("js-search-button")).click();
        assertThat(browser.js("return window.__oldSearches.length")).as("the older script never searched").isEqualTo(before);
        assertThat(browser.all(".old-result")).isEmpty();
    }

    @Test
    void aResultsPageSettingTakesEnterBeforeTheSitesHandler() {
        WebElement box = open();
        browser.js("arguments[0].setAttribute('data-results', '/host/search.html?query={query}&from=box')", box);
        box.sendKeys("Multi-Raft", Keys.ENTER);
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("/host/search.html"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/host/search.html?query=Multi-Raft&from=box");
        browser.waitFor(".ws-page .ws-hit mark");
    }

    @Test
    void completionsAsTitlesWriteThemAreOfferedAndReachedWithTheArrowKeys() {
        WebElement box = open();
        box.sendKeys("multi");
        WebElement completion = browser.waitFor(".ws-assist [data-query='Multi-Raft']");
        assertThat(completion.getText()).isEqualTo("Multi-Raft");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(focusedInTheBox()).asString().contains("ws-assist-chip");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(() -> "Multi-Raft".equals(box.getAttribute("value")));
        browser.waitUntil(() -> browser.lastSearch().contains("q=Multi-Raft&"));
    }

    @Test
    void recentSearchesStayInTheBrowserShowOnAnEmptyInputAndClearWithOneButton() {
        WebElement box = open();
        browser.js("localStorage.clear()");
        box.sendKeys("Seata");
        browser.waitFor(".ws-hit");
        browser.driver.findElement(By.cssSelector(".brand")).click();
        box.click();
        box.clear();
        box.sendKeys("Multi-Raft");
        browser.waitUntil(() -> browser.markedWords().contains("Multi-Raft"));
        browser.driver.findElement(By.cssSelector(".brand")).click();
        assertThat(browser.js("return JSON.parse(localStorage.getItem('weeklySearch.recent'))"))
                .asList().containsExactly("Multi-Raft", "Seata");

        box.click();
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waitFor(".ws-recent [data-query='Seata']");
        assertThat(browser.all(".ws-recent .ws-assist-chip").stream().map(WebElement::getText).toList())
                .containsExactly("Multi-Raft", "Seata");
        browser.waitFor(".ws-clear-recent").click();
        assertThat(browser.all(".ws-recent .ws-assist-chip")).isEmpty();
        assertThat(browser.js("return localStorage.getItem('weeklySearch.recent')")).isNull();
    }

    @Test
    void theBoxWorksWhenStorageThrows() {
        WebElement box = open();
        browser.js("""
                window.__errors = [];
                window.addEventListener('error', e => window.__errors.push(String(e.message)));
                window.addEventListener('unhandledrejection', e => window.__errors.push(String(e.reason)));
                Object.defineProperty(window, 'localStorage', {configurable: true,
                    get() { throw new DOMException('storage denied', 'SecurityError'); }});
                """);
        assertThat(browser.js("try { return !window.localStorage; } catch (e) { return true; }")).isEqualTo(true);
        box.click();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit mark");
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> browser.driver.getCurrentUrl().contains("/host/search.html"));
        browser.waitFor(".ws-page .ws-hit mark");
        WebElement input = browser.driver.findElement(By.id("js-search-input"));
        browser.js("""
                Object.defineProperty(window, 'localStorage', {configurable: true,
                    get() { throw new DOMException('storage denied', 'SecurityError'); }});
                window.__errors = [];
                window.addEventListener('error', e => window.__errors.push(String(e.message)));
                """);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys("Seata", Keys.ENTER);
        browser.waitUntil(() -> browser.markedWords().contains("Seata"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(browser.all(".ws-recent .ws-assist-chip")).isEmpty();
        assertThat(browser.js("return window.__errors")).asList().isEmpty();
    }

    @Test
    void theSubscribeLinkIsTheFeedOfTheQueryAndItsFilters() throws Exception {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        browser.waitFor(".ws-chip[data-facet=type][data-value=qa]").click();
        browser.waitUntil(() -> browser.lastSearch().contains("type=qa"));
        browser.waitUntil(() -> browser.waitFor(".ws-feed").getAttribute("href").contains("type=qa"));
        String href = browser.waitFor(".ws-feed").getAttribute("href");
        assertThat(href).isEqualTo(site.base + "/feed?q=Multi-Raft&type=qa");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("<entry>");
    }

    @Test
    void theResultCountIsAnnouncedInALiveRegion() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        browser.waitUntil(() -> !browser.exists(".ws-loading"));
        Object live = browser.js("""
                const r = document.querySelector('[data-weekly-search-panel=popup]').shadowRoot.querySelector('[aria-live]');
                return [r.getAttribute('role'), r.getAttribute('aria-live'), r.textContent];
                """);
        String count = browser.waitFor(".ws-count").getText();
        assertThat(live).asList().element(0).isEqualTo("status");
        assertThat(live).asList().element(1).isEqualTo("polite");
        assertThat(count).startsWith(String.valueOf(((List<?>) live).get(2)));
    }

    @Test
    void arrowDownThenEnterOpensTheChosenHitBeforeTheSitesOwnEnterHandler() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        WebElement first = browser.waitFor(".ws-hit");
        String url = first.findElement(By.cssSelector(".ws-title")).getAttribute("href");
        assertThat(url).startsWith(site.base + "/blog/").contains("#:~:text=");
        box.sendKeys(Keys.ARROW_DOWN);
        assertThat(focusedInTheBox()).as("the first hit's link has the focus").isEqualTo(url);
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(() -> Browser.withoutFragment(browser.driver.getCurrentUrl()).equals(Browser.withoutFragment(url)));
        assertThat(browser.driver.getCurrentUrl()).startsWith(site.base + "/blog/sofa-weekly-");
    }

    @Test
    void arrowKeysWalkTheHitsAndEscapeReturnsToTheInput() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        browser.waitUntil(() -> browser.all(".ws-hit").size() > 2);
        List<String> titles = browser.all(".ws-hit .ws-title").stream().map(a -> a.getAttribute("href")).toList();
        box.sendKeys(Keys.ARROW_DOWN);
        new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(focusedInTheBox()).isEqualTo(titles.get(1));
        new Actions(browser.driver).sendKeys(Keys.ARROW_UP).perform();
        assertThat(focusedInTheBox()).isEqualTo(titles.get(0));
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(browser.driver.switchTo().activeElement()).isEqualTo(box);
        assertThat(box.getAttribute("value")).isEqualTo("Multi-Raft");
    }

    @Test
    void nothingSearchesOrOpensWhileAnInputMethodComposes() throws InterruptedException {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
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
        browser.waitFor(".ws-hit");
        box.sendKeys(Keys.ESCAPE);
        assertThat(box.getAttribute("value")).isEmpty();
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(browser.all(".ws-hit")).isEmpty();
        assertThat(browser.all(".ws-panel")).isEmpty();
    }

    @Test
    void clickingOutsideHidesTheResultsAndFocusShowsThemAgain() {
        WebElement box = open();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        browser.driver.findElement(By.cssSelector(".brand")).click();
        assertThat(browser.all(".ws-panel")).isEmpty();
        box.click();
        assertThat(browser.waitFor(".ws-hit").isDisplayed()).isTrue();
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
        browser.waitFor(".ws-hit");
        WebElement chip = browser.waitFor(".ws-chip[data-facet=type]:not([data-value=qa])");
        String type = chip.getAttribute("data-value");
        chip.click();
        browser.waitUntil(() -> browser.lastSearch().contains("type=" + type));
        browser.waitUntil(() -> "true".equals(browser.waitFor(
                ".ws-chip[data-facet=type][data-value=" + type + "]").getAttribute("aria-pressed")));
        browser.waitUntil(() -> browser.all(".ws-hit .ws-badge").stream()
                .allMatch(b -> b.getAttribute("class").contains("ws-badge-" + type)));
        assertThat(browser.all(".ws-hit .ws-badge")).isNotEmpty()
                .allSatisfy(b -> assertThat(b.getAttribute("class")).contains("ws-badge-" + type));
    }

    @Test
    void moreButtonAppendsTheNextPage() {
        WebElement box = open();
        browser.js("arguments[0].setAttribute('data-size', '2')", box);
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit");
        assertThat(browser.all(".ws-hit")).hasSize(2);
        browser.waitFor(".ws-more").click();
        browser.waitUntil(() -> browser.all(".ws-hit").size() > 2);
        assertThat(browser.lastSearch()).contains("page=2");
        assertThat(browser.all(".ws-hit").stream().map(o -> o.getAttribute("id")).toList()).doesNotHaveDuplicates();
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
        assertThat(browser.all(".ws-hit")).isEmpty();
    }

    @Test
    void markupInsideHitsIsShownAsTextAndNeverRuns() {
        WebElement box = open();
        box.sendKeys("onerror");
        WebElement hit = browser.waitFor(".ws-hit");
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
        browser.waitFor(".ws-hit");
        assertThat(browser.waitFor(".ws-relaxed").getText()).isNotBlank();
        box.clear();
        box.sendKeys("Seata");
        browser.waitUntil(() -> browser.lastSearch().endsWith("q=Seata&page=1&size=10"));
        browser.waitUntil(() -> browser.all(".ws-relaxed").isEmpty());
    }

    /** The href (or class) of what has the focus inside the box's shadow root, or null. */
    private static Object focusedInTheBox() {
        return browser.js("const a = document.activeElement?.shadowRoot?.activeElement; return a ? (a.href || a.className) : null");
    }

    private static WebElement open() {
        return browser.load(site.host("header.html"), HEADER_INPUT);
    }
}
