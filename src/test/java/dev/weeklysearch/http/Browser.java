package dev.weeklysearch.http;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Test helper: headless Chromium found on the PATH, driven by Selenium, with nothing downloaded. The search box
 * renders inside shadow roots, so the lookups here search the widget's roots as well as the page.
 */
final class Browser implements AutoCloseable {
    private static final List<String> CHROMIUM_NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final String CHROMEDRIVER_NAME = "chromedriver";

    /**
     * Records what the page asks for. Answers to queries in {@code __wsSlow} arrive 1.5 s late; answers to queries
     * in {@code __wsSuggestion} carry that "did you mean" suggestion (the field the semantic search adds).
     */
    private static final String FETCH_SPY = """
            window.__wsSearches = [];
            window.__wsSlow = [];
            window.__wsSuggestion = {};
            const original = window.fetch;
            window.fetch = function (resource, init) {
              const url = new URL(String(resource instanceof Request ? resource.url : resource), location.href);
              let answer = original.apply(this, arguments);
              if (!url.pathname.endsWith('/search')) { return answer; }
              window.__wsSearches.push(url.href);
              const q = url.searchParams.get('q');
              if (q in window.__wsSuggestion) {
                answer = answer.then(r => r.json().then(body => new Response(
                    JSON.stringify(Object.assign(body, {suggestion: window.__wsSuggestion[q]})),
                    {status: r.status, headers: {'Content-Type': 'application/json'}})));
              }
              if (!window.__wsSlow.includes(q)) { return answer; }
              return answer.then(r => new Promise(done => setTimeout(() => done(r), 1500)));
            };
            """;

    /** Elements matching a selector in the page and in every widget's shadow root, shown ones only. */
    private static final String FIND_ALL = """
            const roots = [document, ...[...document.querySelectorAll('[data-weekly-search-panel]')].map(h => h.shadowRoot)];
            return roots.flatMap(r => [...r.querySelectorAll(arguments[0])])
                .filter(e => arguments[1] || e.getClientRects().length > 0);
            """;

    final ChromeDriver driver;
    private final Path profile;

    /** Skips the calling test class outside CI, and fails it under CI, when Chromium or its driver is missing. */
    static void require() {
        List<String> missing = new ArrayList<>();
        if (chromium().isEmpty()) {
            missing.add("Chromium (one of " + CHROMIUM_NAMES + " on the PATH; Debian package chromium)");
        }
        if (onPath(CHROMEDRIVER_NAME).isEmpty()) {
            missing.add("chromedriver on the PATH (Debian package chromium-driver)");
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "browser tests need " + String.join(" and ", missing) + "; .ci/run installs both";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        assumeTrue(false, "browser test skipped: " + message);
    }

    private static Optional<Path> chromium() {
        return CHROMIUM_NAMES.stream().map(Browser::onPath).flatMap(Optional::stream).findFirst();
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("searchbox-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium().orElseThrow().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,800", "--lang=zh-CN", "--hide-scrollbars",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(onPath(CHROMEDRIVER_NAME).orElseThrow().toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Emulates a screen of this size (CSS pixels, scale 1; mobile adds touch and the phone viewport rules). */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Loads {@code url}, waits for the widget to attach to {@code input} and installs the fetch spy. */
    WebElement load(String url, String input) {
        driver.get(url);
        WebElement box = waitFor(input + "[data-weekly-search-ready]");
        js(FETCH_SPY);
        return box;
    }

    /** Answers to these queries arrive late, to race them against newer ones. */
    void slowDown(String query) {
        js("window.__wsSlow.push(arguments[0])", query);
    }

    /** The real answer to {@code query}, plus a {@code suggestion} field. */
    void suggest(String query, String suggestion) {
        js("window.__wsSuggestion[arguments[0]] = arguments[1]", query, suggestion);
    }

    @SuppressWarnings("unchecked")
    List<String> searchedQueries() {
        return (List<String>) js("return (window.__wsSearches || ['(page left)']).map(u => new URL(u).searchParams.get('q'))");
    }

    @SuppressWarnings("unchecked")
    List<String> markedWords() {
        return (List<String>) js("return (function () {" + FIND_ALL + "}).apply(null, arguments).map(m => m.textContent)", ".ws-hit mark", false);
    }

    String lastSearch() {
        return String.valueOf(js("return window.__wsSearches.length ? decodeURIComponent(window.__wsSearches.at(-1)) : ''"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Shown elements matching {@code css}, in the page or in the widget's shadow roots. */
    @SuppressWarnings("unchecked")
    List<WebElement> all(String css) {
        return (List<WebElement>) js(FIND_ALL, css, false);
    }

    /** Whether any element matches {@code css}, shown or not. */
    @SuppressWarnings("unchecked")
    boolean exists(String css) {
        return !((List<WebElement>) js(FIND_ALL, css, true)).isEmpty();
    }

    WebElement waitFor(String css) {
        return waiting().until(d -> {
            List<WebElement> found = all(css);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    void waitUntil(BooleanSupplier condition) {
        waiting().until(d -> condition.getAsBoolean());
    }

    /** The widget re-renders its list on every answer, so an element found a moment ago may be gone: look again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    /**
     * Runs the axe-core engine (shipped in com.deque.html.axe-core:selenium) over the page, open shadow roots
     * included, and returns the violations on the search box: nodes in its shadow roots, or the inputs it is
     * attached to. Each as {@code rule (impact): target failure summary}.
     */
    @SuppressWarnings("unchecked")
    List<String> axeViolationsInTheBox() throws IOException {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            try (InputStream in = Browser.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
                }
                js(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Object> found = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // A node is the box's when its target starts at the box's shadow host or at an input it attached to.
                const inBox = n => {
                  const first = Array.isArray(n.target[0]) ? n.target[0][0] : n.target[0];
                  const e = document.querySelector(first);
                  return !!e && (e.hasAttribute('data-weekly-search-panel') || e.hasAttribute('data-weekly-search-ready'));
                };
                axe.run(document, {resultTypes: ['violations', 'passes']}).then(r => done({
                    checked: r.passes.flatMap(v => v.nodes).filter(inBox).length,
                    violations: r.violations.flatMap(v => v.nodes.filter(inBox)
                        .map(n => v.id + ' (' + v.impact + '): ' + JSON.stringify(n.target)
                            + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)))}))
                  .catch(e => done({checked: 0, violations: ['axe failed: ' + e]}));
                """);
        if (((Number) found.get("checked")).intValue() == 0) {
            throw new AssertionError("axe checked nothing in the box: the box is not where the filter looks");
        }
        return (List<String>) found.get("violations");
    }

    byte[] screenshot(String target) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path file = Path.of(target);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, png);
        return png;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
