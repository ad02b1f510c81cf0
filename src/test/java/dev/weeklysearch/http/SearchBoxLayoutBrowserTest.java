package dev.weeklysearch.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Where the search box's results land in host pages shaped like the real site's (a fixed 64 px navbar with a
 * 200 × 32 px search pill, a phone menu bar, a search page), under hostile host CSS, at 1280 and 390 px.
 * Screenshots go to {@code target/searchbox-*.png}.
 */
class SearchBoxLayoutBrowserTest extends BrowserTestCase {
    /** Geometry of an element, whether it is on top at its centre (piercing the widget's shadow root). */
    private static final String BOX = """
            const e = arguments[0];
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const root = e.getRootNode();
            const outer = document.elementFromPoint(x, y);
            const inner = root === document ? outer : root.elementFromPoint(x, y);
            const onTop = (root === document || outer === root.host) && inner !== null && (inner === e || e.contains(inner));
            return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height,
                    onTop: onTop, display: getComputedStyle(e).display, vw: innerWidth, vh: innerHeight};
            """;
    /**
     * Host input properties whose computed value differs from the snapshot taken before the widget loaded; the
     * browser's own focus ring (outline) is left out while the input has the focus.
     */
    private static final String RESTYLED = """
            const input = document.querySelector(arguments[0]);
            const before = window.__before[arguments[1]], now = window.__hostStyle(input);
            const focusRing = k => document.activeElement === input && k.startsWith('outline');
            return Object.keys(before).filter(k => before[k] !== now[k] && !focusRing(k))
                .map(k => k + ': ' + before[k] + ' -> ' + now[k]);
            """;

    @Test
    void headerPillAt1280ShowsAWideReadablePanelInsideTheViewport() throws IOException {
        browser.viewport(1280, 800, false);
        WebElement input = browser.load(site.host("header.html"), "#js-menu-search input");
        input.click();
        input.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit mark");

        Map<String, Object> list = box(browser.waitFor(".ws-list"));
        Map<String, Object> panel = box(browser.waitFor(".ws-panel"));
        assertInsideViewport(panel);
        assertThat(num(list, "width")).as("results list width").isGreaterThanOrEqualTo(480);
        assertThat(num(list, "top")).isGreaterThanOrEqualTo(64).isLessThan(num(list, "vh"));
        assertFirstHitReadable();
        assertTypedTextVisible(input, "desktop", "#js-menu-search input");
        byte[] png = browser.screenshot("target/searchbox-header-1280.png");
        assertMarkPainted(png);
    }

    @Test
    void phoneMenuAt390OpensAFullScreenOverlayThatEscAndBackClose() throws IOException {
        browser.viewport(390, 844, true);
        try {
            WebElement input = browser.load(site.host("header.html"), "#js-menu-search-mobile input");
            input.click();
            WebElement field = browser.waitFor(".ws-full .ws-field");
            assertThat(browser.js("return document.activeElement.shadowRoot?.activeElement?.className"))
                    .as("focus moves to the overlay's input").isEqualTo("ws-field");
            field.sendKeys("Multi-Raft");
            browser.waitFor(".ws-hit mark");

            Map<String, Object> list = box(browser.waitFor(".ws-list"));
            assertInsideViewport(box(browser.waitFor(".ws-panel")));
            assertThat(num(list, "left")).isGreaterThanOrEqualTo(0);
            assertThat(num(list, "right")).isLessThanOrEqualTo(390);
            assertThat(num(list, "width")).as("results list width").isGreaterThanOrEqualTo(0.9 * 390);
            assertFirstHitReadable();
            assertThat(box(field).get("onTop")).as("the overlay's input is visible").isEqualTo(true);
            assertThat(input.getAttribute("value")).as("the host input shows the typed text too").isEqualTo("Multi-Raft");
            assertThat(browser.js(RESTYLED, "#js-menu-search-mobile input", "mobile")).asList().isEmpty();
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth")).intValue())
                    .as("horizontal scroll").isLessThanOrEqualTo(390);
            byte[] png = browser.screenshot("target/searchbox-phone-390.png");
            assertMarkPainted(png);

            field.sendKeys(Keys.ESCAPE);
            browser.waitUntil(() -> browser.all(".ws-panel").isEmpty());
            assertThat(browser.driver.switchTo().activeElement()).as("focus returns to the host input").isEqualTo(input);
            assertTypedTextVisible(input, "mobile", "#js-menu-search-mobile input");

            String page = browser.driver.getCurrentUrl();
            browser.js("document.querySelector('h1').click()");
            input.click();
            browser.waitFor(".ws-full .ws-hit");
            browser.driver.navigate().back();
            browser.waitUntil(() -> browser.all(".ws-panel").isEmpty());
            assertThat(browser.driver.getCurrentUrl()).as("back closes the overlay, not the page").isEqualTo(page);
        } finally {
            browser.viewport(1280, 800, false);
        }
    }

    @Test
    void searchPageShowsResultsInlineAndKeepsTheQueryInTheUrl() throws IOException {
        browser.viewport(1280, 800, false);
        WebElement input = browser.load(site.host("search.html"), "#js-search-input");
        input.sendKeys("Multi-Raft");
        browser.waitFor(".ws-hit mark");
        browser.waitUntil(() -> browser.driver.getCurrentUrl().endsWith("?query=Multi-Raft"));
        Map<String, Object> list = box(browser.waitFor(".ws-list"));
        Map<String, Object> bar = box(browser.driver.findElement(org.openqa.selenium.By.cssSelector(".search-bar")));
        assertThat(num(list, "width")).as("as wide as the page's search bar").isGreaterThanOrEqualTo(num(bar, "width") - 2);
        assertThat(num(list, "top")).as("below the search bar").isGreaterThan(num(bar, "bottom"));
        assertFirstHitReadable();
        assertMarkPainted(browser.screenshot("target/searchbox-search-page.png"));

        browser.driver.navigate().refresh();
        browser.waitFor(".ws-hit mark");
        assertThat(browser.driver.findElement(org.openqa.selenium.By.id("js-search-input")).getAttribute("value"))
                .isEqualTo("Multi-Raft");
    }

    @Test
    void theServicesOwnPageStillAttachesTheLegacyAttributeAndReadsQFromTheUrl() {
        browser.viewport(1280, 800, false);
        browser.driver.get(site.base + "/?q=Seata");
        assertThat(browser.waitFor(".ws-hit mark").getText()).isEqualTo("Seata");
        assertFirstHitReadable();
    }

    private static void assertFirstHitReadable() {
        WebElement first = browser.waitFor(".ws-hit");
        Map<String, Object> hit = box(first);
        assertInsideViewport(hit);
        assertThat(hit.get("onTop")).as("first hit on top at its centre: " + hit).isEqualTo(true);
        WebElement mark = first.findElements(org.openqa.selenium.By.cssSelector("mark")).stream().findFirst()
                .orElseThrow(() -> new AssertionError("the first hit has no <mark>"));
        Map<String, Object> m = box(mark);
        assertThat(m.get("display")).isNotEqualTo("none");
        assertThat(num(m, "width")).isGreaterThan(0);
        assertThat(m.get("onTop")).as("the first hit's mark on top: " + m).isEqualTo(true);
    }

    private static void assertTypedTextVisible(WebElement input, String snapshot, String css) {
        assertThat(input.getAttribute("value")).isEqualTo("Multi-Raft");
        assertThat(box(input).get("onTop")).as("host input not covered").isEqualTo(true);
        assertThat(browser.js(RESTYLED, css, snapshot)).as("host input's computed style after attach and typing")
                .asList().isEmpty();
    }

    /** The screenshot shows the mark's background colour (#fff3b0) inside the first mark's box. */
    private static void assertMarkPainted(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Map<String, Object> m = box(browser.waitFor(".ws-hit mark"));
        int marked = 0;
        for (int x = (int) num(m, "left") + 1; x < (int) num(m, "right") - 1; x++) {
            for (int y = (int) num(m, "top") + 1; y < (int) num(m, "bottom") - 1; y++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((rgb >> 16) - 0xff) < 8 && Math.abs(((rgb >> 8) & 0xff) - 0xf3) < 8
                        && Math.abs((rgb & 0xff) - 0xb0) < 8) {
                    marked++;
                }
            }
        }
        double area = num(m, "width") * num(m, "height");
        assertThat(marked).as("pixels in the mark's colour, of %.0f", area).isGreaterThan((int) (area / 4));
    }

    private static void assertInsideViewport(Map<String, Object> b) {
        assertThat(num(b, "left")).as("left edge " + b).isGreaterThanOrEqualTo(0);
        assertThat(num(b, "top")).as("top edge " + b).isGreaterThanOrEqualTo(0);
        assertThat(num(b, "right")).as("right edge " + b).isLessThanOrEqualTo(num(b, "vw"));
        assertThat(num(b, "bottom")).as("bottom edge " + b).isLessThanOrEqualTo(num(b, "vh"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> box(WebElement e) {
        return (Map<String, Object>) browser.js(BOX, e);
    }

    private static double num(Map<String, Object> b, String key) {
        return ((Number) b.get(key)).doubleValue();
    }
}
