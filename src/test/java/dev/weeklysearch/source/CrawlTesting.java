package dev.weeklysearch.source;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Options and fixtures shared by the crawler tests: no politeness delay, tiny timeouts and backoff. */
public final class CrawlTesting {

    private CrawlTesting() {
    }

    public static CrawlOptions fast() {
        return new CrawlOptions(CrawlOptions.defaultUserAgent(), 2, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofMillis(1500), 5, 5L * 1024 * 1024, 3, Duration.ofMillis(1),
                List.of(), List.of(), Set.of(), null);
    }

    static Path fixtures() {
        try {
            return Path.of(CrawlTesting.class.getResource("/site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
