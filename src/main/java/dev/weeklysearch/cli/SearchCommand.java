package dev.weeklysearch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weeklysearch.search.Hit;
import dev.weeklysearch.search.InvalidRequestException;
import dev.weeklysearch.search.SearchRequest;
import dev.weeklysearch.search.SearchResult;
import dev.weeklysearch.search.Searcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index from the terminal: top hits with highlighted snippets.")
final class SearchCommand implements Callable<Integer> {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = "${sys:weeklysearch.home:-.}/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--json", description = "Print the API's JSON instead.")
    boolean json;

    @Option(names = {"-n", "--size"}, defaultValue = "5", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Mixin
    SemanticOption semantic;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        if (!Searcher.hasIndex(index)) {
            System.err.println("search: no index in " + index + "; run `reindex` first");
            return 2;
        }
        try (Searcher searcher = Searcher.open(index, 1000, 0, semantic.enabled(Path.of("weekly-search.yml")))) {
            SearchResult r = searcher.search(SearchRequest.of(String.join(" ", words), "1", Integer.toString(size), null,
                    null, null, null));
            if (json) {
                System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(r));
            } else {
                print(r, System.out, Progress.onTerminal());
            }
            return 0;
        } catch (InvalidRequestException e) {
            System.err.println("search: " + e.getMessage());
            return 2;
        }
    }

    private static void print(SearchResult r, PrintStream out, boolean ansi) {
        out.printf(Locale.ROOT, "%d hits for \"%s\" (%.1f ms%s)%s%n", r.total(), r.query(), r.tookMs(),
                r.semantic() ? ", with semantic ranking" : "",
                r.relaxed() ? ", no entry had every word: showing entries with most words" : "");
        if (r.suggestion() != null) {
            out.printf(Locale.ROOT, "did you mean: %s%n", r.suggestion());
        }
        int n = 1;
        for (Hit h : r.hits()) {
            String who = h.type().equals("qa") ? h.asker() : (h.project() + " " + String.join("/", h.versions())).strip();
            out.printf(Locale.ROOT, "%n%d. [%s] %s%s%n", n++, h.type(), terminal(h.highlights().get("title"), ansi),
                    who.isEmpty() ? "" : "  — " + who);
            out.printf(Locale.ROOT, "   %s  %s%n", h.post().date(), h.url());
            out.printf(Locale.ROOT, "   %s%n", terminal(h.highlights().get("text"), ansi).replace('\n', ' '));
            if (!h.alsoIn().isEmpty()) {
                out.printf(Locale.ROOT, "   also in: %s%n", String.join(", ", h.alsoIn().stream().map(p -> p.slug()).toList()));
            }
        }
    }

    /** Highlight markup for a terminal: bold on a terminal, brackets elsewhere; entities decoded. */
    private static String terminal(String html, boolean ansi) {
        String marked = html.replace("<mark>", ansi ? "\u001b[1;33m" : "[").replace("</mark>", ansi ? "\u001b[0m" : "]");
        return Parser.unescapeEntities(marked, false);
    }
}
