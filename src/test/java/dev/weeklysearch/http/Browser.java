package dev.weeklysearch.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Test helper: Debian's headless Chromium driven by Selenium, with nothing downloaded and no network use. */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String MISSING = "browser test skipped: needs Debian's chromium and chromium-driver "
            + "(/usr/bin/chromium, /usr/bin/chromedriver)";

    /** Records what the page asks for, so the checks hold whichever server answers. */
    private static final String FETCH_SPY = """
            window.__wsSearches = [];
            const original = window.fetch;
            window.fetch = function (resource, init) {
              const url = new URL(String(resource instanceof Request ? resource.url : resource), location.href);
              if (url.pathname.endsWith('/search')) { window.__wsSearches.push(url.href); }
              return original.apply(this, arguments);
            };
            """;

    final ChromeDriver driver;
    private final Path profile;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("searchbox-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,800", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Opens the demo page of {@code base} and returns its search box, with the fetch spy installed. */
    WebElement open(String base) {
        driver.get(base + "/");
        WebElement box = waitFor("input[data-weekly-search][role=combobox]");
        js(FETCH_SPY);
        return box;
    }

    @SuppressWarnings("unchecked")
    List<String> searchedQueries() {
        return (List<String>) js("return (window.__wsSearches || ['(page left)']).map(u => new URL(u).searchParams.get('q'))");
    }

    @SuppressWarnings("unchecked")
    List<String> markedWords() {
        return (List<String>) js("return [...document.querySelectorAll('.ws-hit mark')].map(m => m.textContent)");
    }

    String lastSearch() {
        return String.valueOf(js("return window.__wsSearches.length ? decodeURIComponent(window.__wsSearches.at(-1)) : ''"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
    }

    void waitUntil(BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }

    static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    void screenshot(String target) throws IOException {
        Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
