package dev.weeklysearch.http;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the browser tests over the fixture site: for each test class, the real service
 * ({@link BrowserSite}) and one headless Chromium ({@link Browser}), started once and closed after
 * its last test. Without Chromium the class is skipped, or fails under {@code CI=true}.
 */
abstract class BrowserTestCase {
    static BrowserSite site;
    static Browser browser;

    @BeforeAll
    static void startSiteAndBrowser() throws IOException {
        Browser.require();
        site = BrowserSite.start();
        browser = new Browser();
    }

    @AfterAll
    static void closeSiteAndBrowser() throws IOException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            if (site != null) {
                site.close();
            }
            site = null;
        }
    }
}
