package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core over the search box in every state, at 1280 and 390 px, on host pages shaped like the real site's,
 * against the real service: any violation on the box (its shadow root or the inputs it is attached to) fails.
 */
class SearchBoxAccessibilityBrowserTest extends BrowserTestCase {
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
        browser.screenshot("target/searchbox-a11y-results-1280.png");

        box.clear();
        box.sendKeys("zqxwvzqxwv");
        browser.waitFor(".ws-empty");
        settle();
        check("no results", violations);

        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), "multi");
        browser.waitFor(".ws-assist [data-query='Multi-Raft']");
        settle();
        check("completions", violations);
        browser.screenshot("target/searchbox-completions-1280.png");

        browser.driver.findElement(By.cssSelector(".brand")).click();
        box.click();
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.waitFor(".ws-recent .ws-assist-chip");
        settle();
        check("recent searches", violations);
        assertThat(violations).isEmpty();
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        browser.viewport(1280, 800, false);
        browser.load(site.host("header.html"), "#js-menu-search input");
        Actions keys = new Actions(browser.driver);
        keys.sendKeys(browser.driver.findElement(By.tagName("body")), "/").perform();
        keys.sendKeys("Multi-Raft").perform();
        browser.waitFor(".ws-hit mark");
        settle();
        // Into the panel, down to a hit that was reprinted: its "also in" link is the next tab stop after its post.
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        String also = String.valueOf(browser.js("""
                const root = document.querySelector('[data-weekly-search-panel=popup]').shadowRoot;
                const hit = [...root.querySelectorAll('.ws-hit')].find(h => h.querySelector('.ws-also-link'));
                return hit ? hit.querySelector('.ws-also-link').href : null;
                """));
        assertThat(also).as("a hit with an also-in link").startsWith(site.base);
        for (int i = 0; i < 40 && !also.equals(focused()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(focused()).as("the also-in link, reached with Tab").isEqualTo(also);
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitUntil(() -> browser.driver.getCurrentUrl().startsWith(Browser.withoutFragment(also)));
    }

    @Test
    void reducedMotionAndForcedColorsAreRespected() {
        browser.viewport(1280, 800, false);
        WebElement box = browser.load(site.host("header.html"), "#js-menu-search input");
        box.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit mark");
        String panel = "return getComputedStyle(document.querySelector('[data-weekly-search-panel=popup]').shadowRoot"
                + ".querySelector(arguments[0]))[arguments[1]]";
        assertThat(browser.js(panel, ".ws-panel", "transitionDuration")).isEqualTo("0.15s");
        assertThat(browser.js(panel, ".ws-hit mark", "backgroundColor")).isEqualTo("rgb(255, 243, 176)");
        try {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(
                    Map.of("name", "prefers-reduced-motion", "value", "reduce"),
                    Map.of("name", "forced-colors", "value", "active"))));
            assertThat(browser.js(panel, ".ws-panel", "transitionDuration")).isEqualTo("0s");
            assertThat(browser.js(panel, ".ws-hit mark", "backgroundColor")).as("the system's Mark colour")
                    .isNotEqualTo("rgb(255, 243, 176)");
            assertThat(browser.js(panel, ".ws-hit mark", "forcedColorAdjust")).isEqualTo("none");
        } finally {
            browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    private static String focused() {
        return String.valueOf(browser.js("const a = document.activeElement?.shadowRoot?.activeElement; return a ? a.href : null"));
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
            browser.screenshot("target/searchbox-a11y-phone-390.png");
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

    /** Answers have arrived and nothing is fading (the panel's 0.15 s fade back to full opacity is over). */
    private static void settle() {
        browser.waitUntil(() -> !browser.exists(".ws-loading") && Boolean.TRUE.equals(browser.js("""
                return [...document.querySelectorAll('[data-weekly-search-panel]')]
                    .map(h => h.shadowRoot.querySelector('.ws-panel'))
                    .every(p => p.hidden || getComputedStyle(p).opacity === '1');
                """)));
    }

    private static void check(String state, List<String> into) throws IOException {
        for (String v : browser.axeViolationsInTheBox()) {
            into.add(state + ": " + v);
        }
    }
}
