package dev.weeklysearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** {@code --no-semantic}, shared by {@code reindex}, {@code serve} and {@code search}. */
final class SemanticOption {
    private static final Pattern OFF = Pattern.compile("(?m)^semantic:\\s*(false|no|off)\\s*(#.*)?$");

    @Option(names = "--no-semantic",
            description = "Lexical engine only: no vectors, the embedding model is never loaded "
                    + "(also `semantic: false` in the config file).")
    boolean off;

    /**
     * Semantic retrieval on unless switched off here or in the config file. The file is scanned for
     * its one line rather than parsed: a no-change reindex would otherwise pay for a YAML parser.
     */
    boolean enabled(Path config) {
        if (off) {
            return false;
        }
        if (config == null || !Files.isRegularFile(config)) {
            return true;
        }
        try {
            return !OFF.matcher(Files.readString(config, StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }
}
