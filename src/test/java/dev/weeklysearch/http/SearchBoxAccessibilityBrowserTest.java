package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * axe-core over the search box in every state, at 1280 and 390 px, on host pages shaped like the real site's,
 * against the real service: any violation on the box (its shadow root or the inputs it is attached to) fails.
 */
class SearchBoxAccessibilityBrowserTest {
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

    @Test
    void axeFindsNoViolationInAnyStateOfTheHeaderBoxAt1280() throws IOException {
        browser.viewport(1280, 800, false);
        List<String> violations = new ArrayList<>();
        WebElement box = browser.load(site.host("header.html"), "#js-menu-search input");
        check("closed", violations);

        box.click();
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit mark");
        settle();
        check("results", violations);

        box.clear();
        box.sendKeys("zqxwvzqxwv");
        browser.waitFor(".ws-empty");
        settle();
        check("no results", violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void axeFindsNoViolationInThePhoneOverlayAt390() throws IOException {
        browser.viewport(390, 844, true);
        try {
            List<String> violations = new ArrayList<>();
            WebElement input = browser.load(site.host("header.html"), "#js-menu-search-mobile input");
            check("390 closed", violations);
            input.click();
            WebElement field = browser.waitFor(".ws-full .ws-field");
            field.sendKeys("Multi-Raft");
            browser.waitFor(".ws-hit mark");
            settle();
            check("390 overlay with results", violations);
            assertThat(violations).isEmpty();
        } finally {
            browser.viewport(1280, 800, false);
        }
    }

    @Test
    void axeFindsNoViolationInPageModeAt1280And390() throws IOException {
        List<String> violations = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            browser.viewport(width, width > 640 ? 800 : 844, width < 640);
            WebElement input = browser.load(site.host("search.html"), "#js-search-input");
            input.sendKeys("Multi-Raft");
            browser.waitFor(".ws-hit mark");
            settle();
            check("page mode " + width, violations);
        }
        browser.viewport(1280, 800, false);
        assertThat(violations).isEmpty();
    }

    /** Answers have arrived and nothing is fading. */
    private static void settle() {
        browser.waitUntil(() -> !browser.exists(".ws-loading"));
    }

    private static void check(String state, List<String> into) throws IOException {
        for (String v : browser.axeViolationsInTheBox()) {
            into.add(state + ": " + v);
        }
    }
}
