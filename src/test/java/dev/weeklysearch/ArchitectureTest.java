package dev.weeklysearch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.weeklysearch.search.WrongWayArrowExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Packages depend one way: cli → http → search → index → extract → source; index and search also
 * use analysis. Checked on the compiled classes (ArchUnit), so a fully-qualified reference counts
 * as much as an import. One blind spot: javac inlines compile-time constants (static final
 * strings and numbers), so using another package's constant leaves no trace in the bytecode.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.weeklysearch";
    private static final Path MAIN = Path.of("src/main/java/dev/weeklysearch");
    private static final Pattern WILDCARD = Pattern.compile("^import\\s+(?:static\\s+)?[\\w.]+\\.\\*;", Pattern.MULTILINE);

    /** Which packages each package may use besides itself, the JDK and libraries: one line per package. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "cli", Set.of("http", "search", "index", "extract", "source", "analysis", "semantic", "insights"),
            "http", Set.of("search", "index", "extract", "source", "analysis", "semantic", "insights"),
            "search", Set.of("index", "extract", "source", "analysis", "semantic"),
            "index", Set.of("extract", "source", "analysis", "semantic"),
            "extract", Set.of("source", "analysis"),
            "semantic", Set.of("analysis"),
            "source", Set.of(),
            "insights", Set.of(),
            "analysis", Set.of());

    /**
     * The stages of {@code search} (its sub-packages), in the order a request passes through them:
     * which other stages each may use. Besides these, a stage may use only the facade's API records.
     */
    private static final Map<String, Set<String>> STAGES = Map.of(
            "commit", Set.of(),
            "query", Set.of("commit"),
            "facet", Set.of("commit"),
            "clause", Set.of("commit", "query"),
            "rank", Set.of("commit", "query", "clause", "facet"),
            "highlight", Set.of("commit", "query"));
    private static final Set<String> API_RECORDS = Set.of("SearchRequest", "SearchResult", "Hit", "PostRef",
            "InvalidRequestException");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        assertThat(main).as("compiled main classes").hasSizeGreaterThan(50);
    }

    @Test
    void packagesDependOnlyDownstream() {
        for (String pkg : ALLOWED.keySet()) {
            arrowsOf(pkg).check(main);
        }
    }

    @Test
    void searchStagesUseOnlyEarlierStagesAndTheApiRecords() {
        String search = ROOT + ".search";
        DescribedPredicate<JavaClass> facadeInternals = DescribedPredicate.describe("the facade's internals",
                c -> c.getPackageName().equals(search) && !API_RECORDS.contains(c.getSimpleName())
                        && !API_RECORDS.contains(c.getName().substring(search.length() + 1).split("\\$")[0]));
        for (String stage : STAGES.keySet()) {
            String[] forbidden = STAGES.keySet().stream()
                    .filter(p -> !p.equals(stage) && !STAGES.get(stage).contains(p))
                    .map(p -> search + "." + p + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(search + "." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .orShould().dependOnClassesThat(facadeInternals)
                    .because("search." + stage + " may use only " + STAGES.get(stage) + " and the API records")
                    .check(main);
        }
    }

    /** Inside a stage a sub-package is a part of it that its parent uses, never the other way round. */
    @Test
    void theClauseBuilderUsesNothingOfTheQueryPlan() {
        String query = ROOT + ".search.query";
        noClasses().that().resideInAPackage(query + ".text..")
                .should().dependOnClassesThat().resideInAPackage(query)
                .because("search.query builds its plan from search.query.text, not the reverse")
                .check(main);
    }

    @Test
    void everyPackageHasALineInTheTable() {
        Set<String> packages = new TreeSet<>();
        main.forEach(c -> packages.add(c.getPackageName()));
        List<String> unknown = packages.stream()
                .filter(p -> !p.startsWith(ROOT + ".") || !ALLOWED.containsKey(p.substring(ROOT.length() + 1).split("\\.")[0]))
                .toList();
        assertThat(unknown).as("packages missing from ALLOWED").isEmpty();
    }

    @Test
    void nothingDependsOnTheCommandLineOrTheService() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".http..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".cli..", ROOT + ".http..")
                .check(main);
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(main);
    }

    @Test
    void onlyTheCommandLinePrints() {
        printsOutsideTheCommandLine().check(main);
    }

    @Test
    void noWildcardImports() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> s = Files.walk(MAIN)) {
            for (Path file : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (WILDCARD.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    violations.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The rules see what an import scan did not: a fully-qualified wrong-way reference, a print without an import. */
    @Test
    void theRulesSeeAFullyQualifiedWrongWayArrowAndAPrint() {
        JavaClasses example = new ClassFileImporter().importClasses(WrongWayArrowExample.class);

        assertThatThrownBy(() -> arrowsOf("search").check(example)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("dev.weeklysearch.http.App");
        assertThatThrownBy(() -> printsOutsideTheCommandLine().check(example)).isInstanceOf(AssertionError.class);
    }

    /** Classes of {@code pkg} use no project package but their own and the allowed ones. */
    private static ArchRule arrowsOf(String pkg) {
        Set<String> allowed = ALLOWED.get(pkg);
        String[] forbidden = ALLOWED.keySet().stream()
                .filter(p -> !p.equals(pkg) && !allowed.contains(p))
                .map(p -> ROOT + "." + p + "..")
                .toArray(String[]::new);
        // A package not written yet (another branch adds it) has no classes: that is no violation.
        return noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(pkg + " may use only " + allowed)
                .allowEmptyShould(true);
    }

    private static ArchRule printsOutsideTheCommandLine() {
        return noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("only cli prints");
    }
}
