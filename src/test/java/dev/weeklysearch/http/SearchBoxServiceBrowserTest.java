package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.weeklysearch.index.FixtureIndex;
import dev.weeklysearch.search.Searcher;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The search box of {@code web/} in headless Chromium against the real service over an index of
 * the fixture posts, whose post URLs point back at the service so that opening a hit stays local.
 */
class SearchBoxServiceBrowserTest {
    private static final long BEYOND_DEBOUNCE_MS = 700;

    @TempDir
    static Path tmp;
    static Searcher searcher;
    static Javalin app;
    static Browser browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Browser.available(), Browser.MISSING);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        FixtureIndex.build(FixtureIndex.posts(), tmp, base + "/blog/");
        searcher = Searcher.open(tmp);
        app = App.create(searcher, new ServiceConfig(Path.of("web"), List.of())).start("127.0.0.1", port);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
            searcher.close();
        }
    }

    @Test
    void typingMultiRaftMarksItAndArrowDownEnterOpensTheHit() throws IOException {
        WebElement box = browser.open(base);
        box.sendKeys("Multi-Raft");
        WebElement mark = browser.waitFor(".ws-hit mark");
        assertThat(mark.getText()).isEqualToIgnoringCase("Multi-Raft");
        browser.screenshot("target/searchbox-service.png");

        WebElement first = browser.waitFor("[role=option]");
        String url = first.findElement(org.openqa.selenium.By.cssSelector(".ws-title")).getAttribute("href");
        assertThat(url).startsWith(base + "/blog/").contains("#:~:text=");
        box.sendKeys(Keys.ARROW_DOWN);
        box.sendKeys(Keys.ENTER);
        browser.waitUntil(() -> Browser.withoutFragment(browser.driver.getCurrentUrl()).equals(Browser.withoutFragment(url)));
        assertThat(browser.driver.getCurrentUrl()).startsWith(base + "/blog/sofa-weekly-");
    }

    @Test
    void nothingIsSearchedWhileAnInputMethodComposes() throws InterruptedException {
        WebElement box = browser.open(base);
        browser.js("""
                const box = arguments[0];
                box.focus();
                box.dispatchEvent(new CompositionEvent('compositionstart', {bubbles: true, data: ''}));
                for (const partial of ['fen', 'fenbushi', '分布式']) {
                  box.value = partial;
                  box.dispatchEvent(new InputEvent('input', {bubbles: true, isComposing: true, data: partial}));
                }
                """, box);
        Thread.sleep(BEYOND_DEBOUNCE_MS);
        assertThat(browser.searchedQueries()).as("searches while composing").isEmpty();

        browser.js("""
                const box = arguments[0];
                box.value = '分布式事务';
                box.dispatchEvent(new CompositionEvent('compositionend', {bubbles: true, data: '分布式事务'}));
                """, box);
        browser.waitUntil(() -> !browser.searchedQueries().isEmpty());
        Thread.sleep(BEYOND_DEBOUNCE_MS);
        assertThat(browser.searchedQueries()).containsExactly("分布式事务");
        assertThat(browser.markedWords()).isNotEmpty().allMatch(w -> "分布式事务".contains(w));
    }
}
