package dev.weeklysearch.source;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Options and fixtures shared by the crawler tests: no politeness delay, tiny timeouts and backoff. */
public final class CrawlTesting {

    private CrawlTesting() {
    }

    public static CrawlOptions fast() {
        return new CrawlOptions(CrawlOptions.defaultUserAgent(), 2, Duration.ZERO, Duration.ofSeconds(2),
                Duration.ofMillis(1500), 5, 5L * 1024 * 1024, 3, Duration.ofMillis(1),
                List.of(), List.of(), Set.of());
    }

    /** What a second crawl saw, and the source that made it (for its stats). */
    record Recrawl(RecordingSink sink, CrawlSource source) {
    }

    /** Crawls once knowing nothing, runs {@code between}, then crawls again knowing the first crawl's states. */
    static Recrawl recrawl(Supplier<? extends CrawlSource> source, Runnable between) throws SourceException {
        RecordingSink first = new RecordingSink();
        source.get().read(Map.of(), first);
        between.run();
        RecordingSink second = new RecordingSink();
        CrawlSource again = source.get();
        again.read(first.states(), second);
        return new Recrawl(second, again);
    }

    static Path fixtures() {
        try {
            return Path.of(CrawlTesting.class.getResource("/site").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
