package dev.weeklysearch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The shared corpus of real posts ({@code ../shared/corpus/sofa-weekly}) that the corpus tests
 * read. Where it is absent, a corpus test is skipped with a message, except under CI
 * ({@code CI=true}), where a skipped relevance floor would make a green build mean nothing: there
 * the test fails and names what is missing.
 */
public final class Corpus {
    private Corpus() {
    }

    /** The corpus folder; skips the calling test where it is absent, fails it under CI. */
    public static Path dir() {
        Path dir = location();
        if (!Files.isDirectory(dir)) {
            String missing = "the shared corpus " + dir.toAbsolutePath().normalize()
                    + " is missing (a folder of the SOFA Weekly posts as Markdown; set -Dweeklysearch.shared=DIR to "
                    + "the folder holding corpus/sofa-weekly)";
            if (underCi()) {
                fail("CI=true and " + missing + ": corpus tests may not skip under CI");
            }
            assumeTrue(false, missing + ": corpus test skipped");
        }
        return dir;
    }

    /** Where the corpus should be: {@code <weeklysearch.shared>/corpus/sofa-weekly}, by default beside the project. */
    static Path location() {
        return Path.of(System.getProperty("weeklysearch.shared", "../shared"), "corpus", "sofa-weekly");
    }

    /** True under CI, which sets {@code CI=true} (GitHub Actions, GitLab, most others). */
    public static boolean underCi() {
        String ci = System.getenv("CI");
        return ci != null && (ci.toLowerCase(Locale.ROOT).equals("true") || ci.equals("1"));
    }
}
