package dev.weeklysearch.cli;

import dev.weeklysearch.extract.Entry;
import dev.weeklysearch.extract.Extraction;
import dev.weeklysearch.extract.Extractor;
import dev.weeklysearch.extract.EntryType;
import dev.weeklysearch.extract.NotWeeklyPost;
import dev.weeklysearch.extract.PostException;
import dev.weeklysearch.source.FolderSource;
import dev.weeklysearch.source.PostSink;
import dev.weeklysearch.source.RawPost;
import dev.weeklysearch.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract typed entries from Markdown posts and print them as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--stats", description = "Print per-post counts by kind, totals and failures instead of entries.")
    boolean stats;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Markdown files or folders of .md files.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor();
        List<Extraction> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        PostSink sink = new PostSink() {
            @Override
            public void accept(RawPost post) {
                try {
                    Extraction x = extractor.extract(post);
                    done.add(x);
                    if (!stats) {
                        x.entries().forEach(e -> out.println(EntryJson.line(e)));
                    }
                } catch (NotWeeklyPost e) {
                    skipped.add(e.location() + "\t" + e.reason());
                } catch (PostException e) {
                    failures.add(e.location() + "\t" + e.reason());
                }
            }

            @Override
            public void skipped(String location, String reason) {
                skipped.add(location + "\t" + reason);
            }

            @Override
            public void unchanged(String slug) {
            }

            @Override
            public void failed(Failure failure) {
                failures.add(failure.location() + "\t" + failure.reason());
            }
        };
        for (Path path : paths) {
            try {
                new FolderSource(path).read(Map.of(), sink);
            } catch (SourceException e) {
                err.println("extract: " + e.getMessage());
                return 2;
            }
        }
        if (stats) {
            skipped.forEach(f -> out.println("SKIPPED\t" + f));
            printStats(out, done, failures);
        } else {
            skipped.forEach(f -> err.println("skipped\t" + f));
            failures.forEach(f -> err.println("failed\t" + f));
        }
        out.flush();
        return 0;
    }

    private static void printStats(PrintWriter out, List<Extraction> done, List<String> failures) {
        Map<EntryType, Integer> totals = new EnumMap<>(EntryType.class);
        out.println(String.format(Locale.ROOT, "%-32s %-10s %4s %4s %4s %4s %4s", "post", "date", "qa", "rel", "evt", "art", "oth"));
        for (Extraction x : done) {
            Map<EntryType, Integer> counts = new EnumMap<>(EntryType.class);
            for (Entry e : x.entries()) {
                counts.merge(e.type(), 1, Integer::sum);
                totals.merge(e.type(), 1, Integer::sum);
            }
            out.println(String.format(Locale.ROOT, "%-32s %-10s %4d %4d %4d %4d %4d", x.post().slug(), x.post().date(),
                    counts.getOrDefault(EntryType.QA, 0), counts.getOrDefault(EntryType.RELEASE, 0), counts.getOrDefault(EntryType.EVENT, 0),
                    counts.getOrDefault(EntryType.ARTICLE, 0), counts.getOrDefault(EntryType.OTHER, 0)));
        }
        failures.forEach(f -> out.println("FAILED\t" + f));
        int entries = totals.values().stream().mapToInt(Integer::intValue).sum();
        out.println(String.format(Locale.ROOT, "totals: posts=%d failed=%d entries=%d qa=%d release=%d event=%d article=%d other=%d",
                done.size(), failures.size(), entries, totals.getOrDefault(EntryType.QA, 0), totals.getOrDefault(EntryType.RELEASE, 0),
                totals.getOrDefault(EntryType.EVENT, 0), totals.getOrDefault(EntryType.ARTICLE, 0), totals.getOrDefault(EntryType.OTHER, 0)));
    }
}
