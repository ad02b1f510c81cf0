package dev.weeklysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way: cli → http → search → index → extract → source; index and search also
 * use analysis and semantic (the embedding model), which know nothing about posts.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/dev/weeklysearch");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.weeklysearch\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern WILDCARD = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]+\\.\\*;", Pattern.MULTILINE);
    private static final Pattern SYSOUT = Pattern.compile("System\\.(out|err)\\b");

    /** Which packages each package may import from (besides itself). */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "cli", Set.of("http", "search", "index", "extract", "source", "analysis", "semantic"),
            "http", Set.of("search", "index", "extract", "source", "analysis", "semantic"),
            "search", Set.of("index", "extract", "source", "analysis", "semantic"),
            "index", Set.of("extract", "source", "analysis", "semantic"),
            "extract", Set.of("source"),
            "source", Set.of(),
            "analysis", Set.of(),
            "semantic", Set.of());

    @Test
    void packagesDependOnlyDownstream() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            assertThat(ALLOWED).as("unknown package %s", pkg).containsKey(pkg);
            Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                    violations.add(MAIN.relativize(file) + " imports " + target);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void noWildcardImports() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (WILDCARD.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void onlyTheCommandLinePrints() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            if (!pkg.equals("cli") && SYSOUT.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                violations.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesAWrongWayArrow() {
        Matcher m = IMPORT.matcher("import dev.weeklysearch.http.App;\n");
        assertThat(m.find()).isTrue();
        assertThat(ALLOWED.get("search")).doesNotContain(m.group(1));
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".java")).toList();
            assertThat(files).isNotEmpty();
            return files;
        }
    }
}
