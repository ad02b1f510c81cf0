package dev.weeklysearch.cli;

import dev.weeklysearch.extract.WeeklyRule;
import dev.weeklysearch.source.CrawlOptions;
import dev.weeklysearch.source.PostSource;
import dev.weeklysearch.source.Sources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options naming where posts come from, shared by {@code reindex} and {@code serve}. */
final class SourceOptions {
    @Option(names = "--source", paramLabel = "PATH|URL",
            description = "A folder of Markdown posts, a post file, a sitemap URL or a start page URL; repeatable. "
                    + "Default: the sources of the config file.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--include", paramLabel = "REGEX", description = "Crawl only URLs matching; repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Never crawl URLs matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--crawl-delay", paramLabel = "MS", defaultValue = "200",
            description = "Pause between two requests to one host (default: ${DEFAULT-VALUE} ms).")
    long crawlDelayMillis;

    @Option(names = "--crawl-concurrency", paramLabel = "N", defaultValue = "2",
            description = "Requests in flight at once (default: ${DEFAULT-VALUE}).")
    int crawlConcurrency;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:weeklysearch.home:-.}/weekly-search.yml")
    Path config;

    /** These options with {@code spec} as the only source. */
    SourceOptions only(String spec) {
        SourceOptions o = new SourceOptions();
        o.sources = new ArrayList<>(List.of(spec));
        o.include = include;
        o.exclude = exclude;
        o.crawlDelayMillis = crawlDelayMillis;
        o.crawlConcurrency = crawlConcurrency;
        o.config = config;
        return o;
    }

    /** The weekly-post rule of the config file (its defaults without one). */
    WeeklyRule weekly() {
        return Config.load(config).weekly();
    }

    /** The sources to read: the command line's, else the config file's. */
    List<PostSource> resolve() {
        List<String> specs = sources.isEmpty() ? Config.load(config).sources() : sources;
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("no source: give --source PATH|URL or list sources in " + config);
        }
        List<PostSource> out = new ArrayList<>();
        for (String spec : specs) {
            out.add(of(spec));
        }
        return out;
    }

    private PostSource of(String spec) {
        if (!spec.startsWith("http://") && !spec.startsWith("https://")) {
            // Crawl options mean nothing to a folder, and reading the config costs a YAML parser's start-up.
            return Sources.of(spec, CrawlOptions.defaults());
        }
        Config config = Config.load(this.config);
        CrawlOptions options = CrawlOptions.defaults()
                .withInclude(include.isEmpty() ? config.include() : include)
                .withExclude(exclude.isEmpty() ? config.exclude() : exclude)
                .withPace(Math.max(1, crawlConcurrency), java.time.Duration.ofMillis(Math.max(0, crawlDelayMillis)));
        return Sources.of(spec, options);
    }
}
